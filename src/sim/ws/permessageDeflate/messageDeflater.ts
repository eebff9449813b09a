/**
 * The sending half of permessage-deflate (RFC 7692 §7.2.1): each message is
 * raw-DEFLATEd and sync-flushed, and the flush's empty stored block tail
 * `00 00 ff ff` is dropped. With context takeover the LZ77 window survives
 * from message to message, so a repeat compresses to a back-reference; without
 * it the compressor starts afresh each time. Pure JS (pako, a zlib port whose
 * output matches Node's zlib byte for byte), so the simulator stays deterministic.
 *
 * pako's low-level zlib calls are driven directly, with one output buffer for the
 * deflater's life: its `Deflate` class allocates an output chunk per message,
 * and a fresh one per message costs ~200 KB of window and tables. Without context
 * takeover one compressor is reset instead, to exactly the state a new one starts in
 * (`messageDeflater.test.ts` checks reset == fresh byte for byte).
 */
import { ZStream, Z_SYNC_FLUSH, zlibDeflate, zlibDeflateInit2, zlibDeflateResetKeep } from 'pako';

/** The empty stored block a sync flush ends with; removed before sending, appended again before inflating. */
export const DEFLATE_TAIL: Uint8Array = Uint8Array.of(0x00, 0x00, 0xff, 0xff);
/** zlib's default level, which `ws` and Chromium use. */
export const DEFAULT_DEFLATE_LEVEL = 6;
/** zlib's default memLevel (`ws` and Chromium use 8). */
const MEM_LEVEL = 8;
const METHOD_DEFLATED = 8;
const STRATEGY_DEFAULT = 0;
const Z_STREAM_ERROR = -2;
/**
 * Output is handed to deflate in windows of this size, as pako's `Deflate` with `chunkSize: 1024` did: the
 * points where output space runs out decide whether zlib repeats a flush marker, so they stay where they were.
 */
const CHUNK_BYTES = 1024;
/** pako's rule: with a sync flush pending, a window with this little room left is closed before calling deflate. */
const FLUSH_MARKER_ROOM = 6;
// zlib's lm_init values (deflate.c): the match lengths a reset stream starts with.
const MIN_MATCH = 3;
/** pako's (non-legacy) hash of the 4 bytes at a window position: which `head` slot an inserted string took. */
const HASH_MULTIPLIER = 66521;

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
  private strm: ZStream | undefined;
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
  private stream(): ZStream {
    let strm = this.strm;
    if (strm === undefined) {
      strm = new ZStream();
      // zlib cannot write a raw stream with a 256-byte window; it uses 512 (a smaller window is always allowed).
      const windowBits = Math.max(9, this.options.windowBits ?? 15);
      // Negative window bits: a raw stream (no zlib header or checksum).
      const status = zlibDeflateInit2(strm, this.options.level ?? DEFAULT_DEFLATE_LEVEL, METHOD_DEFLATED, -windowBits, MEM_LEVEL, STRATEGY_DEFAULT);
      if (status !== 0) throw new RangeError(`deflateInit2 failed (${status})`);
      this.strm = strm;
    } else if (!this.options.contextTakeover && this.used) {
      resetToFresh(strm);
    }
    this.used = true;
    return strm;
  }

  /** Sync-flushes `message` through deflate into `this.out`; returns the bytes written. Mirrors pako's `Deflate.push` loop. */
  private deflate(strm: ZStream, message: Uint8Array, length: number): number {
    strm.input = message;
    strm.next_in = 0;
    strm.avail_in = length;
    strm.output = this.out as Uint8Array<ArrayBuffer>;
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
          strm.output = bigger as Uint8Array<ArrayBuffer>;
        }
        windowStart = strm.next_out;
        strm.avail_out = CHUNK_BYTES;
      }
      if (strm.avail_out <= FLUSH_MARKER_ROOM) {
        strm.avail_out = 0;
        continue;
      }
      const status = zlibDeflate(strm, Z_SYNC_FLUSH);
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

/**
 * Puts a used raw stream back into the state `deflateInit2` leaves: zlib's `deflateReset` (its own fields), but
 * the 64 KiB hash table is cleared only where the last message wrote it, and the window bytes it read are zeroed
 * (a new window is all zeros, and the hash reads a byte past the data). `prev` needs nothing: it is only read
 * through positions inserted since the reset.
 */
function resetToFresh(strm: ZStream): void {
  // Bytes read into the window since the last reset (deflateResetKeep sets it back to 0).
  const read = strm.total_in;
  if (zlibDeflateResetKeep(strm) !== 0) throw new Error('deflateReset failed');
  const s = strm.state as DeflateInternals;
  const window = s.window;
  const head = s.head;
  if (read + 4 <= s.w_size) {
    // Nothing slid: every string inserted began at a position < read, hashed from the 4 bytes there.
    const mask = s.hash_mask;
    // The 4 bytes at each position, rolled along one byte at a time.
    let value = (window[0]! << 8) | (window[1]! << 16) | (window[2]! << 24);
    for (let str = 0; str < read; str++) {
      value = (value >>> 8) | (window[str + 3]! << 24);
      head[((Math.imul(value, HASH_MULTIPLIER) + HASH_MULTIPLIER) >>> 16) & mask] = 0;
    }
    window.fill(0, 0, read);
  } else {
    head.fill(0);
    window.fill(0);
  }
  // The rest of zlib's lm_init (the level's match parameters are unchanged).
  s.window_size = 2 * s.w_size;
  s.strstart = 0;
  s.block_start = 0;
  s.lookahead = 0;
  s.insert = 0;
  s.match_length = s.prev_length = MIN_MATCH - 1;
  s.match_available = 0;
  s.ins_h = 0;
}

/** The fields of pako's deflate state that a reset touches. */
interface DeflateInternals {
  window: Uint8Array;
  head: Uint16Array;
  w_size: number;
  hash_mask: number;
  window_size: number;
  strstart: number;
  block_start: number;
  lookahead: number;
  insert: number;
  match_length: number;
  prev_length: number;
  match_available: number;
  ins_h: number;
}
