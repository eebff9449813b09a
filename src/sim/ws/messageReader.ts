/**
 * One side's receive path, as `ws`'s Receiver does it: bytes in, messages,
 * pings, pongs, the peer's close, or the first protocol error out. It is a
 * FrameDecoder feeding a MessageAssembler, and stops reading after a Close
 * frame (§5.5.1: nothing may follow it) or an error.
 */
import { FrameDecoder } from './frameDecoder';
import { MessageAssembler, type AssemblerEvent } from './messageAssembler';
import type { DecodeOptions } from './types';

/** Options for `MessageReader`: the decoder's (role, RSV bits) plus a message size limit. */
export type MessageReaderOptions = Omit<DecodeOptions, 'annotate'>;

/** Reads a connection's incoming bytes into messages and control events. */
export class MessageReader {
  private readonly frames: FrameDecoder;
  private readonly messages: MessageAssembler;
  private done = false;

  constructor(options: MessageReaderOptions) {
    this.frames = new FrameDecoder({ role: options.role, maxPayload: options.maxPayload, extensions: options.extensions });
    this.messages = new MessageAssembler({ maxPayload: options.maxPayload });
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
