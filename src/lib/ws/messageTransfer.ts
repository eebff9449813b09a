/**
 * Wraps one annotated message from a codec (a handshake request, a 101 answer,
 * a frame) as a Transfer, the shape the byte inspector draws. The timing fields
 * are zero: these messages are shown on their own, not on a timeline.
 */
import type { EncodedMessage, Transfer, TransferKind } from '../../sim';

/** Who sends a message shown outside a timeline. */
export type Sender = 'client' | 'server';

/** The two actors the inspector names ("Client → Server"). */
export const HANDSHAKE_ACTORS = [
  { id: 'client', role: 'client' },
  { id: 'server', role: 'server' },
] as const;

/** `message` as a transfer of `kind` from `from` to the other side, titled `summary`. */
export function messageTransfer(message: EncodedMessage, kind: TransferKind, from: Sender, summary: string, id = 0): Transfer {
  return {
    id,
    kind,
    from,
    to: from === 'client' ? 'server' : 'client',
    connection: 1,
    sentAt: 0,
    arrivedAt: 0,
    bytes: message.bytes,
    fields: message.fields,
    headerBytes: message.headerBytes,
    payloadBytes: message.payloadBytes,
    summary,
    carries: [],
  };
}

/** "GET /chat" or "101 Switching Protocols": the start line without its version, from the message's own fields. */
export function startLineSummary(message: EncodedMessage): string {
  const value = (name: string) => message.fields.find((f) => f.name === name)?.value;
  const method = value('method');
  return method !== undefined ? `${method} ${value('target') ?? ''}` : `${value('status-code') ?? ''} ${value('reason') ?? ''}`.trim();
}
