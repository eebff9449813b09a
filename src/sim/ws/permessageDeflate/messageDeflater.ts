/**
 * The sending half of permessage-deflate (RFC 7692 §7.2.1): each message is
 * raw-DEFLATEd and sync-flushed, and the flush's empty stored block tail
 * `00 00 ff ff` is dropped. With context takeover the LZ77 window survives
 * from message to message, so a repeat compresses to a back-reference; without
 * it the compressor starts afresh each time. Pure JS, so the simulator stays deterministic:
 * `zlib/` is a port of pako's compressor (a zlib port whose output matches Node's zlib byte for byte),
 * made faster without changing an output byte (`zlibPort.test.ts` holds it to pako and Node's zlib).
 *
 * One output buffer serves the deflater's life, and without context takeover one compressor is reset instead of
 * a new one made (~200 KB of window and tables), to exactly the state a new one starts in
 * (`messageDeflater.test.ts` checks reset == fresh byte for byte).
 */
import { DeflateState } from './zlib/deflateState';
import { Z_STREAM_ERROR, Z_SYNC_FLUSH, deflateRaw, deflateReset } from './zlib/deflateRaw';

/** The empty stored block a sync flush ends with; removed before sending, appended again before inflating. */
export const DEFLATE_TAIL: Uint8Array = Uint8Array.of(0x00, 0x00, 0xff, 0xff);
/** zlib's default level, which `ws` and Chromium use. */
export const DEFAULT_DEFLATE_LEVEL = 6;
/** zlib's default memLevel (`ws` and Chromium use 8). */
const MEM_LEVEL = 8;
/**
 * Output is handed to deflate in windows of this size, as pako's `Deflate` with `chunkSize: 1024` did: the
 * points where output space runs out decide whether zlib repeats a flush marker, so they stay where they were.
 */
const CHUNK_BYTES = 1024;
/** pako's rule: with a sync flush pending, a window with this little room left is closed before calling deflate. */
const FLUSH_MARKER_ROOM = 6;

/** How one end compresses what it sends. */
export interface DeflaterOptions {
  /** Keep the window across messages (no `*_no_context_takeover` for this end). */
  readonly contextTakeover: boolean;
  /** LZ77 window, 2^bits bytes; the agreed `*_max_window_bits` for this end (8 is written as 9, as zlib does). */
  readonly windowBits?: number;
  readonly level?: number;
}

function endsWithTail(b: Uint8Array, n: number): boolean {
  return n >= 4 && b[n - 4] === 0 && b[n - 3] === 0 && b[n - 2] === 0xff && b[n - 1] === 0xff;
}

/** Compresses one end's outgoing messages, in order. */
export class MessageDeflater {
  private readonly options: DeflaterOptions;
  private strm: DeflateState | undefined;
  /** Whether the stream has compressed a message since it was made or reset. */
  private used = false;
  private out = new Uint8Array(CHUNK_BYTES * 4);

  constructor(options: DeflaterOptions) {
    this.options = options;
  }

  /** The compressed payload for `message` (what follows the frame header, before masking). */
  compress(message: Uint8Array): Uint8Array {
    const n = this.compressInPlace(message, message.length);
    // Read `out` after compressing: the call may have replaced it with a bigger one.
    return this.out.slice(0, n);
  }

  /**
   * Compresses `input[0, length)` as `compress` does, leaving the payload in `output[0, returned length)` until the
   * next call: for a caller that copies it somewhere of its own (no array per message).
   */
  compressInPlace(input: Uint8Array, length: number): number {
    const strm = this.stream();
    const n = this.deflate(strm, input, length);
    // §7.2.1: remove the 4-octet tail the sync flush wrote.
    return endsWithTail(this.out, n) ? n - 4 : n;
  }

  /** The buffer `compressInPlace` wrote into (replaced when it grows). */
  get output(): Uint8Array {
    return this.out;
  }

  /** The stream for the next message: the kept one, or (no context takeover) the same one reset to a fresh start. */
  private stream(): DeflateState {
    let strm = this.strm;
    if (strm === undefined) {
      const level = this.options.level ?? DEFAULT_DEFLATE_LEVEL;
      if (!(level >= 0 && level <= 9 && Number.isInteger(level))) throw new RangeError(`deflate level ${level} is not 0–9`);
      // zlib cannot write a raw stream with a 256-byte window; it uses 512 (a smaller window is always allowed).
      const windowBits = Math.max(9, this.options.windowBits ?? 15);
      if (windowBits > 15) throw new RangeError(`window bits ${windowBits} is not 8–15`);
      strm = new DeflateState(level, windowBits, MEM_LEVEL);
      this.strm = strm;
    } else if (!this.options.contextTakeover && this.used) {
      deflateReset(strm);
    }
    this.used = true;
    return strm;
  }

  /** Sync-flushes `message` through deflate into `this.out`; returns the bytes written. Mirrors pako's `Deflate.push` loop. */
  private deflate(strm: DeflateState, message: Uint8Array, length: number): number {
    strm.input = message;
    strm.next_in = 0;
    strm.avail_in = length;
    strm.output = this.out;
    strm.next_out = 0;
    strm.avail_out = 0;
    let windowStart = 0;
    for (;;) {
      if (strm.avail_out === 0) {
        // A new output window (pako: a new chunk), in the same buffer, grown when full.
        if (strm.next_out + CHUNK_BYTES > this.out.length) {
          const bigger = new Uint8Array(Math.max(this.out.length * 2, strm.next_out + CHUNK_BYTES));
          bigger.set(this.out.subarray(0, strm.next_out));
          this.out = bigger;
          strm.output = bigger;
        }
        windowStart = strm.next_out;
        strm.avail_out = CHUNK_BYTES;
      }
      if (strm.avail_out <= FLUSH_MARKER_ROOM) {
        strm.avail_out = 0;
        continue;
      }
      const status = deflateRaw(strm, Z_SYNC_FLUSH);
      if (status === Z_STREAM_ERROR) throw new Error(`deflate failed (${status})`);
      if (strm.avail_out === 0) continue;
      // Room left over: the flush is complete (pako's next call would be a no-op).
      if (strm.next_out > windowStart || strm.avail_in === 0) break;
    }
    strm.input = EMPTY;
    return strm.next_out;
  }
}

const EMPTY = new Uint8Array(0);
