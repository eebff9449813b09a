/**
 * The receiving half of permessage-deflate (RFC 7692 §7.2.2): the message's
 * payload (all its frames joined) gets `00 00 ff ff` appended and is inflated;
 * with context takeover the window carries over to the next message. Never
 * throws: corrupt data is an error value (→ 1007, as `ws` closes).
 */
import { Inflate, Z_SYNC_FLUSH } from 'pako';
import { DEFLATE_TAIL } from './messageDeflater';

/** The inflated message, or why it could not be inflated. */
export type InflateResult = { readonly ok: true; readonly data: Uint8Array } | { readonly ok: false; readonly message: string };

/** How the peer compresses: whether its window carries over, and its size. */
export interface InflaterOptions {
  readonly contextTakeover: boolean;
  readonly windowBits?: number;
}

/** Inflates one end's incoming compressed messages, in order. */
export class MessageInflater {
  private readonly options: InflaterOptions;
  private inflate: Inflate | undefined;
  private chunks: Uint8Array[] = [];

  constructor(options: InflaterOptions) {
    this.options = options;
  }

  /** Inflates one message's compressed payload. After a failure, start a new inflater (the connection is failing anyway). */
  decompress(payload: Uint8Array): InflateResult {
    if (this.inflate === undefined || !this.options.contextTakeover) this.inflate = this.fresh();
    this.chunks = [];
    const input = new Uint8Array(payload.length + 4);
    input.set(payload, 0);
    input.set(DEFLATE_TAIL, payload.length);
    try {
      this.inflate.push(input, Z_SYNC_FLUSH);
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
    if (this.inflate.err) return { ok: false, message: this.inflate.msg || `zlib error ${this.inflate.err}` };
    const total = this.chunks.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of this.chunks) { out.set(c, at); at += c.length; }
    this.chunks = [];
    return { ok: true, data: out };
  }

  private fresh(): Inflate {
    // The receiver may always use the largest window: it only needs to be at least the sender's.
    const i = new Inflate({ raw: true, windowBits: 15, chunkSize: 4096 });
    i.onData = (chunk: Uint8Array) => { this.chunks.push(chunk); };
    return i;
  }
}
