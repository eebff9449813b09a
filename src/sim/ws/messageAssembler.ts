/**
 * Turns frames into messages (RFC 6455 §5.4): joins a fragmented message,
 * passes control frames through even between fragments, and enforces the rules
 * that span frames — continuations need a message to continue, a new message may
 * not start inside one, text must be UTF-8 (checked fragment by fragment so an
 * invalid byte fails at once, §8.1), and a size limit (→ 1009).
 */
import { parseClosePayload } from './closePayload';
import { MAX_CONTROL_PAYLOAD } from './frameRules';
import {
  OPCODE_CLOSE,
  OPCODE_CONTINUATION,
  OPCODE_PING,
  OPCODE_TEXT,
  isControlOpcode,
  isKnownOpcode,
  type DataOpcode,
} from './opcodes';
import type { WsFrame } from './types';
import { Utf8Validator } from './utf8Validator';
import { shiftError, wsError, type WsError } from './wsError';

/** What a frame completes. `offset` is the stream offset of the (first) frame. */
export type AssemblerEvent =
  | { readonly kind: 'message'; readonly opcode: DataOpcode; readonly data: Uint8Array; readonly fragments: number; readonly offset: number }
  | { readonly kind: 'ping'; readonly payload: Uint8Array; readonly offset: number }
  | { readonly kind: 'pong'; readonly payload: Uint8Array; readonly offset: number }
  | { readonly kind: 'close'; readonly code: number; readonly reason: string; readonly hasCode: boolean; readonly offset: number }
  | { readonly kind: 'error'; readonly error: WsError };

/** Options for `MessageAssembler`. */
export interface AssemblerOptions {
  /** Largest message accepted, in bytes, summed over its fragments; larger → 1009. 0 or absent: no limit. */
  readonly maxPayload?: number;
}

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

/** Reassembles messages from a connection's frames, in order. */
export class MessageAssembler {
  private readonly maxPayload: number;
  private readonly utf8 = new Utf8Validator();
  /** Opcode of the message being assembled, or undefined between messages. */
  private open: DataOpcode | undefined = undefined;
  private parts: Uint8Array[] = [];
  private total = 0;
  private fragments = 0;
  private messageOffset = 0;
  private failed = false;

  constructor(options: AssemblerOptions = {}) {
    this.maxPayload = options.maxPayload ?? 0;
  }

  /** True while a fragmented message waits for its final frame. */
  get inMessage(): boolean {
    return this.open !== undefined;
  }

  /**
   * Takes the next frame (`offset`: its stream offset; `headerLength`: where its
   * payload starts, for error offsets). Returns what it completed, or undefined.
   * After an error, further frames are ignored.
   */
  push(frame: WsFrame, offset = 0, headerLength = 0): AssemblerEvent | undefined {
    if (this.failed) return undefined;
    const { opcode, payload } = frame;
    if (!isKnownOpcode(opcode)) return this.fail(wsError('reservedOpcode', offset, { opcode: `0x${opcode.toString(16)}` }));
    if (isControlOpcode(opcode)) return this.control(frame, offset, headerLength);

    if (opcode === OPCODE_CONTINUATION) {
      if (this.open === undefined) return this.fail(wsError('continuationWithoutStart', offset));
    } else {
      if (this.open !== undefined) return this.fail(wsError('dataInsideFragmented', offset, { opcode: `0x${opcode.toString(16)}` }));
      this.open = opcode as DataOpcode; // known, not control, not continuation
      this.messageOffset = offset;
    }

    this.fragments++;
    this.total += payload.length;
    if (this.maxPayload && this.total > this.maxPayload) return this.fail(wsError('messageTooBig', offset + 1, { length: this.total, max: this.maxPayload }));
    if (this.open === OPCODE_TEXT) {
      const bad = this.utf8.push(payload);
      if (bad !== -1) return this.fail(wsError('invalidUtf8', offset + headerLength + bad));
    }
    if (payload.length > 0) this.parts.push(payload);
    if (!frame.fin) return undefined;

    const kind: DataOpcode = this.open;
    if (kind === OPCODE_TEXT && !this.utf8.complete) return this.fail(wsError('incompleteUtf8', offset + headerLength + payload.length));
    const event: AssemblerEvent = { kind: 'message', opcode: kind, data: concat(this.parts, this.total), fragments: this.fragments, offset: this.messageOffset };
    this.reset();
    return event;
  }

  /** The stream ended at `offset`: an error (1006) if a fragmented message was left open. */
  end(offset = 0): AssemblerEvent | undefined {
    if (this.failed || this.open === undefined) return undefined;
    return this.fail(wsError('truncatedMessage', offset));
  }

  private control(frame: WsFrame, offset: number, headerLength: number): AssemblerEvent {
    // §5.5: control frames are never fragmented and carry at most 125 bytes.
    if (!frame.fin) return this.fail(wsError('fragmentedControl', offset, { opcode: `0x${frame.opcode.toString(16)}` }));
    if (frame.payload.length > MAX_CONTROL_PAYLOAD) return this.fail(wsError('controlTooLong', offset + 1, { length: frame.payload.length }));
    if (frame.opcode === OPCODE_CLOSE) {
      const close = parseClosePayload(frame.payload);
      if (!close.ok) return this.fail(shiftError(close.error, offset + headerLength));
      return { kind: 'close', code: close.code, reason: close.reason, hasCode: close.hasCode, offset };
    }
    return { kind: frame.opcode === OPCODE_PING ? 'ping' : 'pong', payload: frame.payload, offset };
  }

  private reset(): void {
    this.open = undefined;
    this.parts = [];
    this.total = 0;
    this.fragments = 0;
    this.utf8.reset();
  }

  private fail(error: WsError): AssemblerEvent {
    this.failed = true;
    this.reset();
    return { kind: 'error', error };
  }
}
