/*
 * Ported to TypeScript from pako 3.0.3 (src/zlib/deflate.mjs), itself a port of zlib's deflate.c.
 * pako: (C) 2014-2017 Vitaly Puzrin and Andrei Tuputcyn, MIT licence.
 * zlib: (C) 1995-2024 Jean-loup Gailly and Mark Adler, zlib licence: this software is provided 'as-is', without any
 * express or implied warranty; altered source versions must be plainly marked as such (this is one: typed,
 * only the raw-deflate path kept) and must not be misrepresented as the original software.
 */
/**
 * The LZ77 half of zlib's deflate.c: reading input into the sliding window, the hash chains, the longest-match
 * search and the stored, greedy (levels 1–3) and lazy (4–9) block loops.
 */
import { MAX_MATCH, MIN_LOOKAHEAD, MIN_MATCH, type DeflateState } from './deflateState';
import { copyBytes } from './copyBytes';
import { trFlushBlock, trStoredBlock, trTally } from './trees';

export const Z_NO_FLUSH = 0;
export const Z_FINISH = 4;
/** What a block loop stopped at (zlib's block_state). */
export const BS_NEED_MORE = 1;
export const BS_BLOCK_DONE = 2;
export const BS_FINISH_STARTED = 3;
export const BS_FINISH_DONE = 4;
/** pako's (non-legacy) hash: a multiplicative hash of the 4 bytes at a position. */
export const HASH_MULTIPLIER = 66521;

/** Inserts the string at `str` into the hash chains; returns the previous head of its chain. */
function insertString(s: DeflateState, str: number): number {
  const w = s.window;
  const value = w[str]! | (w[str + 1]! << 8) | (w[str + 2]! << 16) | (w[str + 3]! << 24);
  const h = ((Math.imul(value, HASH_MULTIPLIER) + HASH_MULTIPLIER) >>> 16) & s.hash_mask;
  const hashHead = (s.prev[str & s.w_mask] = s.head[h]!);
  s.head[h] = str;
  return hashHead;
}

/** Moves pending output to the stream's output, as much as fits. */
export function flushPending(s: DeflateState): void {
  let len = s.pending;
  if (len > s.avail_out) len = s.avail_out;
  if (len === 0) return;
  copyBytes(s.pending_buf, s.pending_out, len, s.output, s.next_out);
  s.next_out += len;
  s.pending_out += len;
  s.avail_out -= len;
  s.pending -= len;
  if (s.pending === 0) s.pending_out = 0;
}

function flushBlockOnly(s: DeflateState, last: boolean): void {
  trFlushBlock(s, s.block_start >= 0 ? s.block_start : -1, s.strstart - s.block_start, last);
  s.block_start = s.strstart;
  flushPending(s);
}

/** Copies up to `size` input bytes to buf[start..]; returns how many. */
function readBuf(s: DeflateState, buf: Uint8Array, start: number, size: number): number {
  let len = s.avail_in;
  if (len > size) len = size;
  if (len === 0) return 0;
  s.avail_in -= len;
  copyBytes(s.input, s.next_in, len, buf, start);
  s.next_in += len;
  s.total_in += len;
  return len;
}

function slideHash(s: DeflateState): void {
  const wsize = s.w_size;
  const head = s.head;
  for (let p = head.length - 1; p >= 0; p--) {
    const m = head[p]!;
    head[p] = m >= wsize ? m - wsize : 0;
  }
  const prev = s.prev;
  for (let p = wsize - 1; p >= 0; p--) {
    const m = prev[p]!;
    prev[p] = m >= wsize ? m - wsize : 0;
  }
}

/** zlib's longest_match: the longest match for the string at strstart along its hash chain (match_start set). */
function longestMatch(s: DeflateState, curMatch: number): number {
  let chainLength = s.max_chain_length;
  let scan = s.strstart;
  let match: number;
  let len: number;
  let bestLen = s.prev_length;
  let niceMatch = s.nice_match;
  const limit = s.strstart > s.w_size - MIN_LOOKAHEAD ? s.strstart - (s.w_size - MIN_LOOKAHEAD) : 0;
  const win = s.window;
  const wmask = s.w_mask;
  const prev = s.prev;
  const strend = s.strstart + MAX_MATCH;
  let scanEnd1 = win[scan + bestLen - 1];
  let scanEnd = win[scan + bestLen];
  if (s.prev_length >= s.good_match) chainLength >>= 2;
  if (niceMatch > s.lookahead) niceMatch = s.lookahead;
  do {
    match = curMatch;
    if (win[match + bestLen] !== scanEnd || win[match + bestLen - 1] !== scanEnd1 || win[match] !== win[scan] || win[++match] !== win[scan + 1]) continue;
    scan += 2;
    match++;
    // eslint-disable-next-line no-empty
    do {} while (
      win[++scan] === win[++match] && win[++scan] === win[++match] && win[++scan] === win[++match] && win[++scan] === win[++match] &&
      win[++scan] === win[++match] && win[++scan] === win[++match] && win[++scan] === win[++match] && win[++scan] === win[++match] &&
      scan < strend
    );
    len = MAX_MATCH - (strend - scan);
    scan = strend - MAX_MATCH;
    if (len > bestLen) {
      s.match_start = curMatch;
      bestLen = len;
      if (len >= niceMatch) break;
      scanEnd1 = win[scan + bestLen - 1];
      scanEnd = win[scan + bestLen];
    }
  } while ((curMatch = prev[curMatch & wmask]!) > limit && --chainLength !== 0);
  return bestLen <= s.lookahead ? bestLen : s.lookahead;
}

/** zlib's fill_window: slides the window when needed and reads input until MIN_LOOKAHEAD bytes are ahead. */
function fillWindow(s: DeflateState): void {
  const wSize = s.w_size;
  let n: number;
  let more: number;
  let str: number;
  do {
    more = s.window_size - s.lookahead - s.strstart;
    if (s.strstart >= wSize + (wSize - MIN_LOOKAHEAD)) {
      s.window.copyWithin(0, wSize, wSize + wSize - more);
      s.match_start -= wSize;
      s.strstart -= wSize;
      s.block_start -= wSize;
      if (s.insert > s.strstart) s.insert = s.strstart;
      slideHash(s);
      more += wSize;
    }
    if (s.avail_in === 0) break;
    n = readBuf(s, s.window, s.strstart + s.lookahead, more);
    s.lookahead += n;
    // Insert the strings left over from the last call, now that the bytes after them are here.
    if (s.lookahead + s.insert > MIN_MATCH) {
      str = s.strstart - s.insert;
      while (s.insert) {
        insertString(s, str);
        str++;
        s.insert--;
        if (s.lookahead + s.insert <= MIN_MATCH) break;
      }
    }
  } while (s.lookahead < MIN_LOOKAHEAD && s.avail_in !== 0);
}

/** zlib's deflate_stored (level 0): input copied as stored blocks, straight to the output where it can be. */
export function deflateStored(s: DeflateState, flush: number): number {
  let minBlock = s.pending_buf_size - 5 > s.w_size ? s.w_size : s.pending_buf_size - 5;
  let len: number;
  let left: number;
  let have: number;
  let last = 0;
  let used = s.avail_in;
  do {
    len = 65535;
    have = (s.bi_valid + 42) >> 3;
    if (s.avail_out < have) break;
    have = s.avail_out - have;
    left = s.strstart - s.block_start;
    if (len > left + s.avail_in) len = left + s.avail_in;
    if (len > have) len = have;
    if (len < minBlock && ((len === 0 && flush !== Z_FINISH) || flush === Z_NO_FLUSH || len !== left + s.avail_in)) break;
    last = flush === Z_FINISH && len === left + s.avail_in ? 1 : 0;
    trStoredBlock(s, 0, 0, last === 1);
    s.pending_buf[s.pending - 4] = len;
    s.pending_buf[s.pending - 3] = len >> 8;
    s.pending_buf[s.pending - 2] = ~len;
    s.pending_buf[s.pending - 1] = ~len >> 8;
    flushPending(s);
    if (left) {
      if (left > len) left = len;
      s.output.set(s.window.subarray(s.block_start, s.block_start + left), s.next_out);
      s.next_out += left;
      s.avail_out -= left;
      s.block_start += left;
      len -= left;
    }
    if (len) {
      readBuf(s, s.output, s.next_out, len);
      s.next_out += len;
      s.avail_out -= len;
    }
  } while (last === 0);
  used -= s.avail_in;
  if (used) {
    if (used >= s.w_size) {
      s.window.set(s.input.subarray(s.next_in - s.w_size, s.next_in), 0);
      s.strstart = s.w_size;
      s.insert = s.strstart;
    } else {
      if (s.window_size - s.strstart <= used) {
        s.strstart -= s.w_size;
        s.window.copyWithin(0, s.w_size, s.w_size + s.strstart);
        if (s.insert > s.strstart) s.insert = s.strstart;
      }
      s.window.set(s.input.subarray(s.next_in - used, s.next_in), s.strstart);
      s.strstart += used;
      s.insert += used > s.w_size - s.insert ? s.w_size - s.insert : used;
    }
    s.block_start = s.strstart;
  }
  if (last) return BS_FINISH_DONE;
  if (flush !== Z_NO_FLUSH && flush !== Z_FINISH && s.avail_in === 0 && s.strstart === s.block_start) return BS_BLOCK_DONE;
  have = s.window_size - s.strstart;
  if (s.avail_in > have && s.block_start >= s.w_size) {
    s.block_start -= s.w_size;
    s.strstart -= s.w_size;
    s.window.copyWithin(0, s.w_size, s.w_size + s.strstart);
    have += s.w_size;
    if (s.insert > s.strstart) s.insert = s.strstart;
  }
  if (have > s.avail_in) have = s.avail_in;
  if (have) {
    readBuf(s, s.window, s.strstart, have);
    s.strstart += have;
    s.insert += have > s.w_size - s.insert ? s.w_size - s.insert : have;
  }
  have = (s.bi_valid + 42) >> 3;
  have = s.pending_buf_size - have > 65535 ? 65535 : s.pending_buf_size - have;
  minBlock = have > s.w_size ? s.w_size : have;
  left = s.strstart - s.block_start;
  if (left >= minBlock || ((left || flush === Z_FINISH) && flush !== Z_NO_FLUSH && s.avail_in === 0 && left <= have)) {
    len = left > have ? have : left;
    last = flush === Z_FINISH && s.avail_in === 0 && len === left ? 1 : 0;
    trStoredBlock(s, s.block_start, len, last === 1);
    s.block_start += len;
    flushPending(s);
  }
  return last ? BS_FINISH_STARTED : BS_NEED_MORE;
}

/** zlib's deflate_fast (levels 1–3): greedy matching, short matches inserted into the hash whole. */
/** deflate_fast's and deflate_slow's common ending, once the input is used up: the block flushed as `flush` asks. */
function endOfInput(s: DeflateState, flush: number): number {
  s.insert = s.strstart < MIN_MATCH - 1 ? s.strstart : MIN_MATCH - 1;
  if (flush === Z_FINISH) {
    flushBlockOnly(s, true);
    return s.avail_out === 0 ? BS_FINISH_STARTED : BS_FINISH_DONE;
  }
  if (s.sym_next) {
    flushBlockOnly(s, false);
    if (s.avail_out === 0) return BS_NEED_MORE;
  }
  return BS_BLOCK_DONE;
}

export function deflateFast(s: DeflateState, flush: number): number {
  let hashHead: number;
  let bflush: boolean;
  for (;;) {
    if (s.lookahead < MIN_LOOKAHEAD) {
      // fill_window reads input and slides the window; with neither to do it would return at once.
      if (s.avail_in !== 0 || s.strstart >= 2 * s.w_size - MIN_LOOKAHEAD) fillWindow(s);
      if (s.lookahead < MIN_LOOKAHEAD && flush === Z_NO_FLUSH) return BS_NEED_MORE;
      if (s.lookahead === 0) break;
    }
    hashHead = 0;
    if (s.lookahead >= MIN_MATCH) hashHead = insertString(s, s.strstart);
    if (hashHead !== 0 && s.strstart - hashHead <= s.w_size - MIN_LOOKAHEAD) s.match_length = longestMatch(s, hashHead);
    if (s.match_length >= MIN_MATCH) {
      bflush = trTally(s, s.strstart - s.match_start, s.match_length - MIN_MATCH);
      s.lookahead -= s.match_length;
      if (s.match_length <= s.max_lazy_match && s.lookahead >= MIN_MATCH) {
        s.match_length--;
        do {
          s.strstart++;
          insertString(s, s.strstart);
        } while (--s.match_length !== 0);
        s.strstart++;
      } else {
        s.strstart += s.match_length;
        s.match_length = 0;
      }
    } else {
      bflush = trTally(s, 0, s.window[s.strstart]!);
      s.lookahead--;
      s.strstart++;
    }
    if (bflush) {
      flushBlockOnly(s, false);
      if (s.avail_out === 0) return BS_NEED_MORE;
    }
  }
  return endOfInput(s, flush);
}

/**
 * zlib's deflate_slow (levels 4–9): lazy matching, a match kept only if the next position's is no longer. The
 * loop's state lives in locals (written back around every call that reads or moves it: fill_window, longest_match,
 * a block flush, and every return); strings are inserted inline.
 */
export function deflateSlow(s: DeflateState, flush: number): number {
  const win = s.window;
  const head = s.head;
  const prev = s.prev;
  const wmask = s.w_mask;
  const hmask = s.hash_mask;
  const maxDist = s.w_size - MIN_LOOKAHEAD;
  const slideAt = 2 * s.w_size - MIN_LOOKAHEAD;
  const maxLazy = s.max_lazy_match;
  let strstart = s.strstart;
  let lookahead = s.lookahead;
  let matchLength = s.match_length;
  let prevLength = s.prev_length;
  let matchStart = s.match_start;
  let prevMatch = s.prev_match;
  let matchAvailable = s.match_available;
  let hashHead: number;
  let bflush: boolean;
  /** Set where zlib returns BS_NEED_MORE from inside the loop (the state is written back first). */
  let needMore = false;
  for (;;) {
    if (lookahead < MIN_LOOKAHEAD) {
      // fill_window reads input and slides the window; with neither to do it would return at once.
      if (s.avail_in !== 0 || strstart >= slideAt) {
        s.strstart = strstart;
        s.lookahead = lookahead;
        s.match_start = matchStart;
        fillWindow(s);
        strstart = s.strstart;
        lookahead = s.lookahead;
        matchStart = s.match_start;
      }
      if (lookahead < MIN_LOOKAHEAD && flush === Z_NO_FLUSH) {
        needMore = true;
        break;
      }
      if (lookahead === 0) break;
    }
    hashHead = 0;
    if (lookahead >= MIN_MATCH) {
      const h = ((Math.imul(win[strstart]! | (win[strstart + 1]! << 8) | (win[strstart + 2]! << 16) | (win[strstart + 3]! << 24), HASH_MULTIPLIER) + HASH_MULTIPLIER) >>> 16) & hmask;
      hashHead = prev[strstart & wmask] = head[h]!;
      head[h] = strstart;
    }
    prevLength = matchLength;
    prevMatch = matchStart;
    matchLength = MIN_MATCH - 1;
    if (hashHead !== 0 && prevLength < maxLazy && strstart - hashHead <= maxDist) {
      s.strstart = strstart;
      s.lookahead = lookahead;
      s.prev_length = prevLength;
      s.match_start = matchStart;
      matchLength = longestMatch(s, hashHead);
      matchStart = s.match_start;
      // A 3-byte match this far back costs more than its literals (TOO_FAR).
      if (matchLength === MIN_MATCH && strstart - matchStart > 4096) matchLength = MIN_MATCH - 1;
    }
    if (prevLength >= MIN_MATCH && matchLength <= prevLength) {
      const maxInsert = strstart + lookahead - MIN_MATCH;
      bflush = trTally(s, strstart - 1 - prevMatch, prevLength - MIN_MATCH);
      lookahead -= prevLength - 1;
      prevLength -= 2;
      do {
        if (++strstart <= maxInsert) {
          const h = ((Math.imul(win[strstart]! | (win[strstart + 1]! << 8) | (win[strstart + 2]! << 16) | (win[strstart + 3]! << 24), HASH_MULTIPLIER) + HASH_MULTIPLIER) >>> 16) & hmask;
          prev[strstart & wmask] = head[h]!;
          head[h] = strstart;
        }
      } while (--prevLength !== 0);
      matchAvailable = 0;
      matchLength = MIN_MATCH - 1;
      strstart++;
      if (bflush) {
        s.strstart = strstart;
        flushBlockOnly(s, false);
        if (s.avail_out === 0) {
          needMore = true;
          break;
        }
      }
    } else if (matchAvailable) {
      bflush = trTally(s, 0, win[strstart - 1]!);
      if (bflush) {
        s.strstart = strstart;
        flushBlockOnly(s, false);
      }
      strstart++;
      lookahead--;
      if (s.avail_out === 0) {
        needMore = true;
        break;
      }
    } else {
      matchAvailable = 1;
      strstart++;
      lookahead--;
    }
  }
  s.strstart = strstart;
  s.lookahead = lookahead;
  s.match_length = matchLength;
  s.prev_length = prevLength;
  s.match_start = matchStart;
  s.prev_match = prevMatch;
  s.match_available = matchAvailable;
  if (needMore) return BS_NEED_MORE;
  if (s.match_available) {
    trTally(s, 0, s.window[s.strstart - 1]!);
    s.match_available = 0;
  }
  return endOfInput(s, flush);
}
