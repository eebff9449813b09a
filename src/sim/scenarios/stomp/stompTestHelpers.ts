/** Reading a STOMP timeline in tests: the STOMP frames each side sent, decoded with the project's codec. */
import { decodeStompFrame } from '../../stomp/decodeStompFrame';
import { headerOf } from '../../stomp/headerOf';
import { decodeUtf8 } from '../../bytes/utf8';
import type { Timeline, Transfer } from '../../timeline/types';

/** One STOMP frame on the timeline. */
export interface SentFrame {
  readonly transfer: Transfer;
  readonly command: string;
  readonly header: (name: string) => string | undefined;
  readonly body: string;
  readonly arrived: boolean;
}

/** Every STOMP frame (not heart-beats) in send order, decoded from the unmasked payload its layer describes. */
export function stompFrames(timeline: Timeline): SentFrame[] {
  const arrived = new Set(timeline.steps.flatMap((s) => (s.kind === 'arrive' ? [s.transferId] : [])));
  const out: SentFrame[] = [];
  for (const t of timeline.transfers) {
    const layer = t.layers?.find((l) => l.protocol === 'stomp');
    if (layer === undefined || layer.fields[0]?.name !== 'command') continue;
    const payload = unmaskedPayload(t);
    const decoded = decodeStompFrame(payload);
    if (!decoded.ok) continue;
    const frame = decoded.frame;
    out.push({ transfer: t, command: frame.command, header: (n) => headerOf(frame.headers, n), body: decodeUtf8(frame.body), arrived: arrived.has(t.id) });
  }
  return out;
}

/** The payload of a transfer's WebSocket frame, unmasked (client frames are masked on the wire). */
export function unmaskedPayload(t: Transfer): Uint8Array {
  const ws = t.layers!.find((l) => l.protocol === 'ws')!;
  const key = ws.fields.find((f) => f.name === 'masking-key');
  const start = t.layers!.find((l) => l.protocol === 'stomp')!.range[0];
  const payload = t.bytes.slice(start);
  if (key === undefined) return payload;
  const mask = t.bytes.slice(key.start, key.end);
  return payload.map((b, i) => b ^ mask[i % 4]!);
}
