/*
 * Ported to TypeScript from pako 3.0.3 (src/zlib/deflate.mjs), itself a port of zlib's deflate.c.
 * pako: (C) 2014-2017 Vitaly Puzrin and Andrei Tuputcyn, MIT licence.
 * zlib: (C) 1995-2024 Jean-loup Gailly and Mark Adler, zlib licence: this software is provided 'as-is', without any
 * express or implied warranty; altered source versions must be plainly marked as such (this is one: typed,
 * only the raw-deflate path kept) and must not be misrepresented as the original software.
 */
/**
 * zlib's deflate() and deflateReset for a raw stream (no zlib or gzip wrapper, default strategy): one call
 * compresses what input it can into what output room it has, as zlib's does, so a caller's loop sees the same
 * flush markers zlib would write.
 */
import { BUSY_STATE, FINISH_STATE, MIN_MATCH, type DeflateState } from './deflateState';
import { BS_BLOCK_DONE, BS_FINISH_DONE, BS_FINISH_STARTED, BS_NEED_MORE, HASH_MULTIPLIER, Z_FINISH, deflateFast, deflateSlow, deflateStored, flushPending } from './lz77';
import { trInit, trStoredBlock } from './trees';

export const Z_OK = 0;
export const Z_STREAM_END = 1;
export const Z_STREAM_ERROR = -2;
export const Z_BUF_ERROR = -5;
export const Z_SYNC_FLUSH = 2;
const Z_FULL_FLUSH = 3;
const Z_BLOCK = 5;

/** zlib's RANK: orders flush values (Z_BLOCK below Z_NO_FLUSH... as zlib does) to tell a repeated flush. */
const rank = (f: number): number => f * 2 - (f > 4 ? 9 : 0);

/** zlib's deflate(): compresses s.input[next_in, +avail_in) into s.output[next_out, +avail_out). */
export function deflateRaw(s: DeflateState, flush: number): number {
  if (flush > Z_BLOCK || flush < 0) return Z_STREAM_ERROR;
  if (s.status === FINISH_STATE && flush !== Z_FINISH) return s.avail_out === 0 ? Z_BUF_ERROR : Z_STREAM_ERROR;
  const oldFlush = s.last_flush;
  s.last_flush = flush;
  if (s.pending !== 0) {
    flushPending(s);
    if (s.avail_out === 0) {
      // Avoid a repeated flush marker next call.
      s.last_flush = -1;
      return Z_OK;
    }
  } else if (s.avail_in === 0 && rank(flush) <= rank(oldFlush) && flush !== Z_FINISH) {
    return Z_BUF_ERROR;
  }
  if (s.status === FINISH_STATE && s.avail_in !== 0) return Z_BUF_ERROR;
  if (s.avail_in !== 0 || s.lookahead !== 0 || (flush !== 0 && s.status !== FINISH_STATE)) {
    const bstate = s.loop === 0 ? deflateStored(s, flush) : s.loop === 1 ? deflateFast(s, flush) : deflateSlow(s, flush);
    if (bstate === BS_FINISH_STARTED || bstate === BS_FINISH_DONE) s.status = FINISH_STATE;
    if (bstate === BS_NEED_MORE || bstate === BS_FINISH_STARTED) {
      if (s.avail_out === 0) s.last_flush = -1;
      return Z_OK;
    }
    if (bstate === BS_BLOCK_DONE) {
      if (flush !== Z_BLOCK) {
        // Z_SYNC_FLUSH / Z_FULL_FLUSH: the empty stored block that byte-aligns the stream (00 00 ff ff).
        trStoredBlock(s, 0, 0, false);
        if (flush === Z_FULL_FLUSH) {
          s.head.fill(0);
          if (s.lookahead === 0) {
            s.strstart = 0;
            s.block_start = 0;
            s.insert = 0;
          }
        }
      }
      flushPending(s);
      if (s.avail_out === 0) {
        s.last_flush = -1;
        return Z_OK;
      }
    }
  }
  return flush === Z_FINISH ? Z_STREAM_END : Z_OK;
}

/**
 * zlib's deflateReset: the state a new compressor starts in. The 64 KiB hash table is cleared only where strings
 * were inserted since the last reset, and the window bytes read zeroed (a new window is all zeros, and the hash
 * reads a byte past the data); `prev` needs nothing: it is only read through positions inserted since the reset.
 */
export function deflateReset(s: DeflateState): void {
  const read = s.total_in;
  const window = s.window;
  const head = s.head;
  if (read + 4 <= s.w_size) {
    // Nothing slid: every string inserted began at a position < read, hashed from the 4 bytes there.
    const mask = s.hash_mask;
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
  // deflateResetKeep
  s.total_in = 0;
  s.pending = 0;
  s.pending_out = 0;
  s.status = BUSY_STATE;
  s.last_flush = -2;
  trInit(s);
  // lm_init (the level's match parameters are unchanged)
  s.window_size = 2 * s.w_size;
  s.strstart = 0;
  s.block_start = 0;
  s.lookahead = 0;
  s.insert = 0;
  s.match_length = s.prev_length = MIN_MATCH - 1;
  s.match_available = 0;
}
