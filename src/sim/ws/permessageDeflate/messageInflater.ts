/**
 * The receiving half of permessage-deflate (RFC 7692 §7.2.2): the message's
 * payload (all its frames joined) gets `00 00 ff ff` appended and is inflated;
 * with context takeover the window carries over to the next message. Never
 * throws: corrupt data is an error value (→ 1007, as `ws` closes).
 *
 * pako's low-level zlib calls are driven directly with an input and an output
 * buffer kept for the inflater's life (its `Inflate` class allocates a 4 KiB
 * chunk per message); without context takeover one stream is reset per message.
 */
import { ZStream, Z_SYNC_FLUSH, zlibInflate, zlibInflateInit2, zlibInflateSetDictionary } from 'pako';
import { encodeUtf8, encodeUtf8Into } from '../../bytes/utf8';
import { DEFLATE_TAIL } from './messageDeflater';

/** The inflated message, or why it could not be inflated. */
export type InflateResult = { readonly ok: true; readonly data: Uint8Array } | { readonly ok: false; readonly message: string };

/**
 * A message's inflated bytes given as the text they are the UTF-8 encoding of, and how many they are: what a sender
 * that vouches for a message keeps instead of a copy of its bytes (they are written into the window only if needed).
 */
export interface InflatedText {
  readonly inflatedText: string;
  readonly inflatedBytes: number;
}

/** How the peer compresses: whether its window carries over, and its size. */
export interface InflaterOptions {
  readonly contextTakeover: boolean;
  readonly windowBits?: number;
}

// zlib's return codes (zlib.h) and pako's messages for them.
const Z_OK = 0;
const Z_STREAM_END = 1;
const Z_BUF_ERROR = -5;
const ZLIB_MESSAGES: Readonly<Record<number, string>> = { 2: 'need dictionary', [-2]: 'stream error', [-3]: 'data error', [-4]: 'insufficient memory' };
/** The receiver may always use the largest window: it only needs to be at least the sender's. */
const RAW_WINDOW_BITS = -15;
const OUTPUT_BYTES = 4096;
/** The window a raw inflate keeps (2^15 bytes): all a later message can refer back to. */
const WINDOW_BYTES = 1 << 15;
const EMPTY = new Uint8Array(0);

/** Inflates one end's incoming compressed messages, in order. */
export class MessageInflater {
  private readonly options: InflaterOptions;
  private strm: ZStream | undefined;
  /** The stream ended (a final block) or failed: as pako's `Inflate`, it then yields nothing more, or the same error. */
  private ended = false;
  private failure: string | undefined;
  /** pako's number for the state a new stream starts in (zlib's HEAD). */
  private headMode = 0;
  private input = new Uint8Array(256);
  private out = new Uint8Array(OUTPUT_BYTES);
  /** With context takeover: the inflated bytes of skipped messages, newest last, not yet in the stream's window. */
  private pending: Uint8Array | undefined;
  private pendingLength = 0;

  constructor(options: InflaterOptions) {
    this.options = options;
  }

  /** Inflates one message's compressed payload. After a failure, start a new inflater (the connection is failing anyway). */
  decompress(payload: Uint8Array): InflateResult {
    let strm = this.strm;
    if (strm === undefined || !this.options.contextTakeover) {
      if (strm === undefined || this.ended) {
        strm = new ZStream();
        zlibInflateInit2(strm, RAW_WINDOW_BITS);
        this.headMode = (strm.state as InflateInternals).mode;
        this.strm = strm;
      } else {
        resetInflate(strm, this.headMode);
      }
      this.ended = false;
      this.failure = undefined;
    }
    if (this.ended) return this.failure === undefined ? { ok: true, data: EMPTY } : { ok: false, message: this.failure };
    if (this.pendingLength > 0) this.flushPending(strm);
    const length = payload.length + DEFLATE_TAIL.length;
    if (this.input.length < length) this.input = new Uint8Array(Math.max(length, this.input.length * 2));
    const input = this.input;
    input.set(payload, 0);
    input.set(DEFLATE_TAIL, payload.length);
    let status: number;
    try {
      status = this.inflate(strm, input, length);
    } catch (e) {
      return this.fail(e instanceof Error ? e.message : String(e));
    }
    if (status !== Z_OK && status !== Z_STREAM_END && status !== Z_BUF_ERROR) return this.fail(strm.msg || ZLIB_MESSAGES[status] || `zlib error ${status}`);
    if (status === Z_STREAM_END) this.ended = true;
    return { ok: true, data: this.out.slice(0, strm.next_out) };
  }

  /** Whether `skip` may stand in for the next `decompress` (not once the stream has ended or failed). */
  get canSkip(): boolean {
    return !this.options.contextTakeover || !this.ended;
  }

  /**
   * Takes the next message as already inflated to `plain` (its sender vouches for it, see `MessageReader.skipVouchedMessage`)
   * instead of inflating it: with context takeover its bytes join the window as inflating would have left them, written
   * into the stream before the next `decompress` (a sync-flushed message leaves nothing else behind: the stream is
   * byte-aligned, waiting for a block header). Call only when `canSkip`.
   */
  skip(inflated: Uint8Array | InflatedText): void {
    if (!this.options.contextTakeover) return;
    if (inflated instanceof Uint8Array) {
      this.skipBytes(inflated);
      return;
    }
    const text = inflated.inflatedText;
    // UTF-8 takes at most 3 bytes per code unit: encoded straight into the window's queue when that much fits.
    const room = 3 * text.length;
    if (room > WINDOW_BYTES) {
      this.skipBytes(encodeUtf8(text));
      return;
    }
    const pending = this.pending ??= new Uint8Array(2 * WINDOW_BYTES);
    if (this.pendingLength + room > pending.length) {
      // Only the last window's worth can ever be referred to: keep that (it leaves `room` free), then append.
      pending.copyWithin(0, this.pendingLength - WINDOW_BYTES, this.pendingLength);
      this.pendingLength = WINDOW_BYTES;
    }
    this.pendingLength += encodeUtf8Into(text, pending, this.pendingLength);
  }

  private skipBytes(plain: Uint8Array): void {
    if (plain.length === 0) return;
    const n = plain.length;
    if (n >= WINDOW_BYTES) {
      this.pending ??= new Uint8Array(2 * WINDOW_BYTES);
      this.pending.set(plain.subarray(n - WINDOW_BYTES), 0);
      this.pendingLength = WINDOW_BYTES;
      return;
    }
    const pending = this.pending ??= new Uint8Array(2 * WINDOW_BYTES);
    if (this.pendingLength + n > pending.length) {
      // Only the last window's worth can ever be referred to: keep that, then append.
      pending.copyWithin(0, this.pendingLength - (WINDOW_BYTES - n), this.pendingLength);
      this.pendingLength = WINDOW_BYTES - n;
    }
    pending.set(plain, this.pendingLength);
    this.pendingLength += n;
  }

  /** Writes the skipped messages' bytes into the stream's window (zlib's inflateSetDictionary appends to it, as output does). */
  private flushPending(strm: ZStream): void {
    const state = strm.state as InflateInternals;
    const havedict = state.havedict;
    const length = this.pendingLength;
    zlibInflateSetDictionary(strm, this.pending!.subarray(Math.max(0, length - WINDOW_BYTES), length));
    // A raw stream reads no dictionary flag; put it back as inflating would have left it.
    state.havedict = havedict;
    this.pendingLength = 0;
  }

  /** Runs inflate over `input[0, length)` into `this.out` (grown as needed), as pako's `Inflate.push` loop does. */
  private inflate(strm: ZStream, input: Uint8Array, length: number): number {
    strm.input = input;
    strm.next_in = 0;
    strm.avail_in = length;
    strm.output = this.out as Uint8Array<ArrayBuffer>;
    strm.next_out = 0;
    strm.avail_out = this.out.length;
    for (;;) {
      const status = zlibInflate(strm, Z_SYNC_FLUSH);
      if (status !== Z_OK && status !== Z_BUF_ERROR) return status;
      if (strm.avail_out === 0) {
        // Output full: more may come.
        const bigger = new Uint8Array(this.out.length * 2);
        bigger.set(this.out);
        this.out = bigger;
        strm.output = bigger as Uint8Array<ArrayBuffer>;
        strm.avail_out = bigger.length - strm.next_out;
        continue;
      }
      if (strm.avail_in === 0 || status === Z_BUF_ERROR) return status;
    }
  }

  private fail(message: string): InflateResult {
    this.ended = true;
    this.failure = message;
    return { ok: false, message };
  }
}

/**
 * zlib's `inflateReset` (inflate.c) for a raw stream, keeping the code tables' arrays: pako's allocates two new
 * ones (~6 KB) per call. A table is always rebuilt before it is read, as it is between the blocks of one stream.
 */
function resetInflate(strm: ZStream, headMode: number): void {
  const state = strm.state as InflateInternals;
  state.wsize = 0;
  state.whave = 0;
  state.wnext = 0;
  strm.total_in = strm.total_out = state.total = 0;
  strm.msg = '';
  state.mode = headMode;
  state.last = 0;
  state.havedict = 0;
  state.flags = -1;
  state.dmax = MAX_DISTANCE;
  state.head = null;
  state.hold = 0;
  state.bits = 0;
  state.lencode = state.lendyn;
  state.distcode = state.distdyn;
  state.sane = 1;
  state.back = -1;
}

/** zlib's dmax: the largest distance a raw stream may refer back. */
const MAX_DISTANCE = 32768;

/** The fields of pako's inflate state that a reset touches. */
interface InflateInternals {
  mode: number;
  wsize: number;
  whave: number;
  wnext: number;
  total: number;
  last: number;
  havedict: number;
  flags: number;
  dmax: number;
  head: null;
  hold: number;
  bits: number;
  lencode: Int32Array;
  distcode: Int32Array;
  lendyn: Int32Array;
  distdyn: Int32Array;
  sane: number;
  back: number;
}
