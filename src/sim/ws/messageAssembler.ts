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
import { Utf8Validator, isValidUtf8 } from './utf8Validator';
import type { InflatedText, MessageInflater } from './permessageDeflate/messageInflater';
import { shiftError, wsError, type WsError } from './wsError';

/** What a frame completes. `offset` is the stream offset of the (first) frame. */
export type AssemblerEvent =
  | {
    readonly kind: 'message'; readonly opcode: DataOpcode; readonly data: Uint8Array; readonly fragments: number; readonly offset: number;
    /** For a compressed message (RSV1, permessage-deflate): the payload bytes that crossed the wire, before inflating. */
    readonly compressedLength?: number;
  }
  | { readonly kind: 'ping'; readonly payload: Uint8Array; readonly offset: number }
  | { readonly kind: 'pong'; readonly payload: Uint8Array; readonly offset: number }
  | { readonly kind: 'close'; readonly code: number; readonly reason: string; readonly hasCode: boolean; readonly offset: number }
  | { readonly kind: 'error'; readonly error: WsError };

/** Options for `MessageAssembler`. */
export interface AssemblerOptions {
  /** Largest message accepted, in bytes, summed over its fragments; larger → 1009. 0 or absent: no limit. */
  readonly maxPayload?: number;
  /**
   * Set when permessage-deflate was agreed: a message whose first frame has
   * RSV1 is inflated once complete, and its text is UTF-8-checked after
   * inflating (compressed bytes cannot be checked), as ws does.
   */
  readonly inflater?: MessageInflater;
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
  private readonly inflater: MessageInflater | undefined;
  /** Whether the open message's first frame had RSV1 (RFC 7692 §6.1). */
  private compressed = false;
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
    this.inflater = options.inflater;
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
    if (frame.rsv1 && (isControlOpcode(opcode) || opcode === OPCODE_CONTINUATION || this.inflater === undefined)) {
      const reason = this.inflater === undefined ? 'rsv1' : isControlOpcode(opcode) ? 'rsv1Control' : 'rsv1Continuation';
      return this.fail(wsError(reason, offset, { opcode: `0x${opcode.toString(16)}` }));
    }
    if (isControlOpcode(opcode)) return this.control(frame, offset, headerLength);

    if (opcode === OPCODE_CONTINUATION) {
      if (this.open === undefined) return this.fail(wsError('continuationWithoutStart', offset));
    } else {
      if (this.open !== undefined) return this.fail(wsError('dataInsideFragmented', offset, { opcode: `0x${opcode.toString(16)}` }));
      this.open = opcode as DataOpcode; // known, not control, not continuation
      this.messageOffset = offset;
      this.compressed = frame.rsv1;
    }

    this.fragments++;
    this.total += payload.length;
    if (this.maxPayload && this.total > this.maxPayload) return this.fail(wsError('messageTooBig', offset + 1, { length: this.total, max: this.maxPayload }));
    if (this.open === OPCODE_TEXT && !this.compressed) {
      const bad = this.utf8.push(payload);
      if (bad !== -1) return this.fail(wsError('invalidUtf8', offset + headerLength + bad));
    }
    if (payload.length > 0) this.parts.push(payload);
    if (!frame.fin) return undefined;

    const kind: DataOpcode = this.open;
    if (this.compressed) return this.finishCompressed(kind, offset, headerLength);
    if (kind === OPCODE_TEXT && !this.utf8.complete) return this.fail(wsError('incompleteUtf8', offset + headerLength + payload.length));
    const event: AssemblerEvent = { kind: 'message', opcode: kind, data: concat(this.parts, this.total), fragments: this.fragments, offset: this.messageOffset };
    this.reset();
    return event;
  }

  /** Inflates the complete compressed message, then applies the size limit and (for text) UTF-8 to what came out. */
  private finishCompressed(kind: DataOpcode, offset: number, headerLength: number): AssemblerEvent {
    const inflated = this.inflater!.decompress(concat(this.parts, this.total));
    const at = offset + headerLength;
    if (!inflated.ok) return this.fail(wsError('inflateFailed', at, { detail: inflated.message }));
    const data = inflated.data;
    if (this.maxPayload && data.length > this.maxPayload) return this.fail(wsError('messageTooBig', at, { length: data.length, max: this.maxPayload }));
    if (kind === OPCODE_TEXT && !isValidUtf8(data)) return this.fail(wsError('invalidUtf8', at));
    const event: AssemblerEvent = { kind: 'message', opcode: kind, data, fragments: this.fragments, offset: this.messageOffset, compressedLength: this.total };
    this.reset();
    return event;
  }

  /**
   * Whether `takeWhole` may stand in for pushing one final, unfragmented data frame of `payloadBytes` that its sender
   * vouches for (text that is valid UTF-8; compressed, with RSV1, when `inflated` is given: what it inflates to).
   */
  canTakeWhole(payloadBytes: number, inflated: Uint8Array | InflatedText | undefined): boolean {
    if (this.failed || this.open !== undefined) return false;
    const max = this.maxPayload;
    if (max && payloadBytes > max) return false;
    if (inflated === undefined) return true;
    return this.inflater !== undefined && this.inflater.canSkip && !(max && (inflated instanceof Uint8Array ? inflated.length : inflated.inflatedBytes) > max);
  }

  /** Takes that message without its bytes: a compressed one's inflated bytes go to the inflater's window. Check `canTakeWhole` first. */
  takeWhole(inflated: Uint8Array | InflatedText | undefined): void {
    if (inflated !== undefined) this.inflater!.skip(inflated);
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
    this.compressed = false;
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
