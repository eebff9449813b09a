/**
 * One side's receive path, as `ws`'s Receiver does it: bytes in, messages,
 * pings, pongs, the peer's close, or the first protocol error out. It is a
 * FrameDecoder feeding a MessageAssembler, and stops reading after a Close
 * frame (§5.5.1: nothing may follow it) or an error.
 */
import { FrameDecoder } from './frameDecoder';
import { MessageAssembler, type AssemblerEvent } from './messageAssembler';
import { MessageInflater, type InflatedText } from './permessageDeflate/messageInflater';
import type { DeflateAgreement } from './permessageDeflate/negotiateDeflate';
import type { DecodeOptions } from './types';

/** Options for `MessageReader`: the decoder's (role, RSV bits) plus a message size limit and a negotiated permessage-deflate. */
export type MessageReaderOptions = Omit<DecodeOptions, 'annotate'> & {
  /** The agreed permessage-deflate parameters: RSV1 is then allowed on a message's first frame and such messages are inflated. */
  readonly deflate?: DeflateAgreement;
};

/** Reads a connection's incoming bytes into messages and control events. */
export class MessageReader {
  private readonly frames: FrameDecoder;
  private readonly messages: MessageAssembler;
  private done = false;

  constructor(options: MessageReaderOptions) {
    const deflate = options.deflate;
    const extensions = deflate ? { ...options.extensions, rsv1: true } : options.extensions;
    this.frames = new FrameDecoder({ role: options.role, maxPayload: options.maxPayload, extensions });
    // A server reads what the client compressed, so the client's parameters apply (RFC 7692 §7.1), and vice versa.
    const inflater = deflate === undefined ? undefined : options.role === 'server'
      ? new MessageInflater({ contextTakeover: !deflate.clientNoContextTakeover, windowBits: deflate.clientMaxWindowBits })
      : new MessageInflater({ contextTakeover: !deflate.serverNoContextTakeover, windowBits: deflate.serverMaxWindowBits });
    this.messages = new MessageAssembler({ maxPayload: options.maxPayload, ...(inflater ? { inflater } : {}) });
  }

  /** True once a Close frame or an error ended reading. */
  get closed(): boolean {
    return this.done;
  }

  /** Feeds a chunk of any size; returns what it completed, in order. */
  push(chunk: Uint8Array): AssemblerEvent[] {
    const out: AssemblerEvent[] = [];
    if (this.done) return out;
    for (const ev of this.frames.push(chunk)) {
      const next = ev.kind === 'error' ? ev : this.messages.push(ev.frame, ev.offset, ev.headerLength);
      if (next === undefined) continue;
      out.push(next);
      if (next.kind === 'error' || next.kind === 'close') {
        this.done = true;
        break;
      }
    }
    return out;
  }

  /**
   * Takes one whole message, sent as a single unmasked final data frame of `frameBytes` bytes (`payloadBytes` of payload,
   * RSV1 and compressed when `inflated`, its inflated bytes or the text they encode, is given), without reading its bytes: for a scenario whose
   * sender built the frame and whose path cannot alter it, so reading it could only yield that message (text is valid
   * UTF-8 by construction). The stream offset, and the inflater's window with context takeover, advance as reading it
   * would. Returns false, changing nothing, where reading could say anything else — mid-message, after a close or an
   * error, RSV1 not negotiated, over maxPayload, a server's reader: then push the bytes. `messageReader.test.ts` checks
   * both ways agree.
   */
  skipVouchedMessage(frameBytes: number, payloadBytes: number, inflated?: Uint8Array | InflatedText): boolean {
    if (this.done || !this.frames.canSkipWholeFrame(payloadBytes, inflated !== undefined) || !this.messages.canTakeWhole(payloadBytes, inflated)) return false;
    this.frames.skipWholeFrame(frameBytes);
    this.messages.takeWhole(inflated);
    return true;
  }

  /** The transport closed: reports 1006 if it stopped inside a frame or a fragmented message. */
  end(): AssemblerEvent[] {
    if (this.done) return [];
    this.done = true;
    const frameEnd = this.frames.end();
    if (frameEnd.length > 0) return frameEnd as AssemblerEvent[];
    const messageEnd = this.messages.end(this.frames.offset);
    return messageEnd ? [messageEnd] : [];
  }
}
