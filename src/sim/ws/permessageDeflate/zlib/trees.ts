/*
 * Ported to TypeScript from pako 3.0.3 (src/zlib/trees.mjs), itself a port of zlib's trees.c.
 * pako: (C) 2014-2017 Vitaly Puzrin and Andrei Tuputcyn, MIT licence.
 * zlib: (C) 1995-2024 Jean-loup Gailly and Mark Adler, zlib licence: this software is provided 'as-is', without any
 * express or implied warranty; altered source versions must be plainly marked as such (this is one: typed,
 * the tree building reorganised for speed, same output) and must not be misrepresented as the original software.
 */
/**
 * Writing blocks (zlib's trees.c): the symbols deflate tallied become a stored, static-Huffman or
 * dynamic-Huffman block, whichever is shortest, chosen exactly as zlib chooses. zlib builds all three trees and
 * their codes for every block just to compare sizes; here, with the same sizes and bytes, the trees are built over
 * the symbols the block used (marked while tallying) instead of all 286/30/19 slots, the static trees' cost is
 * summed while tallying, Huffman lengths are remembered by frequency pattern (`huffmanMemo.ts`) and a block's
 * dynamic size by its histogram (`blockCostMemo.ts`), and codes are made only for a block sent with dynamic trees.
 */
import type { DeflateState } from './deflateState';
import type { HuffmanMemo } from './huffmanMemo';
import { copyBytes } from './copyBytes';
import {
  BASE_DIST, BASE_LENGTH, BL_CODES, BL_ORDER, D_CODES, END_BLOCK, EXTRA_BLBITS, EXTRA_DBITS, EXTRA_LBITS, HEAP_SIZE,
  LENGTH_CODE, LITERALS, L_CODES, MAX_BITS, MAX_BL_BITS, REPZ_11_138, REPZ_3_10, REP_3_6, STATIC_DTREE, STATIC_LTREE,
  distCode, reverseBits,
} from './staticTrees';

const STORED_BLOCK = 0;
const STATIC_TREES = 1;
const DYN_TREES = 2;

function putShort(s: DeflateState, w: number): void {
  s.pending_buf[s.pending++] = w & 0xff;
  s.pending_buf[s.pending++] = (w >>> 8) & 0xff;
}

/** Appends `length` bits of `value`, least significant first, through the 16-bit bit buffer. */
function sendBits(s: DeflateState, value: number, length: number): void {
  if (s.bi_valid > 16 - length) {
    s.bi_buf |= (value << s.bi_valid) & 0xffff;
    putShort(s, s.bi_buf);
    s.bi_buf = value >> (16 - s.bi_valid);
    s.bi_valid += length - 16;
  } else {
    s.bi_buf |= (value << s.bi_valid) & 0xffff;
    s.bi_valid += length;
  }
}

/** Writes out the bit buffer's whole bytes and any partial one: the stream is byte-aligned after. */
function biWindup(s: DeflateState): void {
  if (s.bi_valid > 8) putShort(s, s.bi_buf);
  else if (s.bi_valid > 0) s.pending_buf[s.pending++] = s.bi_buf;
  s.bi_buf = 0;
  s.bi_valid = 0;
}

/**
 * zlib's init_block: no symbols, every frequency 0 but END_BLOCK's. Only the symbols the last block used are cleared
 * (their frequencies, and their lengths: a build reads an unused symbol's length as 0).
 */
export function initBlock(s: DeflateState): void {
  clearUsed(s.dyn_ltree, s.l_used);
  clearUsed(s.dyn_dtree, s.d_used);
  const blTree = s.bl_tree;
  for (let n = 0; n < BL_CODES * 2; n++) blTree[n] = 0;
  s.dyn_ltree[END_BLOCK * 2] = 1;
  s.l_used[END_BLOCK >> 5] = 1 << (END_BLOCK & 31);
  s.opt_len = 0;
  s.static_len = STATIC_LTREE[END_BLOCK * 2 + 1]!;
  s.sym_next = 0;
}

/** Zeroes the frequency and length of every symbol marked in `used`, and the marks. */
function clearUsed(tree: Uint16Array, used: Int32Array): void {
  for (let w = 0; w < used.length; w++) {
    let bits = used[w]!;
    while (bits !== 0) {
      const low = bits & -bits;
      const n = (w << 5) + 31 - Math.clz32(low);
      tree[n * 2] = 0;
      tree[n * 2 + 1] = 0;
      bits ^= low;
    }
    used[w] = 0;
  }
}

/** The symbols marked in `used`, ascending, into `out`; returns how many. */
function collectUsed(used: Int32Array, out: Uint16Array): number {
  let k = 0;
  for (let w = 0; w < used.length; w++) {
    let bits = used[w]!;
    while (bits !== 0) {
      const low = bits & -bits;
      out[k++] = (w << 5) + 31 - Math.clz32(low);
      bits ^= low;
    }
  }
  return k;
}

/*
 * zlib's heap orders nodes by frequency, then depth (`smaller`: n before m when its frequency is smaller, or equal
 * and its depth no greater). Both are kept as one key per node, frequency × 512 + depth (depth < 512, frequencies
 * < 2^21 here), so `smaller(n, m)` is `key[n] <= key[m]`: one comparison, the same heap moves.
 */
const DEPTH_BITS = 9;

/** zlib's pqdownheap: restores the heap property from position k down. */
function pqdownheap(heap: Uint16Array, key: Int32Array, heapLen: number, k: number): void {
  const v = heap[k]!;
  const kv = key[v]!;
  let j = k << 1;
  while (j <= heapLen) {
    let hj = heap[j]!;
    let kj = key[hj]!;
    if (j < heapLen) {
      const h2 = heap[j + 1]!;
      const k2 = key[h2]!;
      if (k2 <= kj) {
        j++;
        hj = h2;
        kj = k2;
      }
    }
    if (kv <= kj) break;
    heap[k] = hj;
    k = j;
    j <<= 1;
  }
  heap[k] = v;
}

/**
 * zlib's gen_bitlen: the code length of every leaf from the tree build_tree made (heap[heap_max..] holds the nodes,
 * root first), limited to `maxLength` as zlib limits it; adds the block's cost with these lengths to opt_len (the
 * static trees' cost, static_len, is summed as symbols are tallied).
 */
function genBitlen(s: DeflateState, tree: Uint16Array, maxCode: number, extra: Uint8Array, base: number, maxLength: number): void {
  const heap = s.heap;
  const blCount = s.bl_count;
  let h: number;
  let n: number;
  let m: number;
  let bits: number;
  let overflow = 0;
  for (bits = 0; bits <= MAX_BITS; bits++) blCount[bits] = 0;
  // The root's length is 0.
  tree[heap[s.heap_max]! * 2 + 1] = 0;
  for (h = s.heap_max + 1; h < HEAP_SIZE; h++) {
    n = heap[h]!;
    bits = tree[tree[n * 2 + 1]! * 2 + 1]! + 1;
    if (bits > maxLength) {
      bits = maxLength;
      overflow++;
    }
    // Overwrites the dad, no longer needed.
    tree[n * 2 + 1] = bits;
    if (n > maxCode) continue; // not a leaf
    blCount[bits]!++;
    const xbits = n >= base ? extra[n - base]! : 0;
    const f = tree[n * 2]!;
    s.opt_len += f * (bits + xbits);
  }
  if (overflow === 0) return;
  // Find the first bit length that could increase, move a leaf down one level and its brother up (zlib's trick).
  do {
    bits = maxLength - 1;
    while (blCount[bits] === 0) bits--;
    blCount[bits]!--;
    blCount[bits + 1]! += 2;
    blCount[maxLength]!--;
    overflow -= 2;
  } while (overflow > 0);
  // Recompute the lengths in frequency order (h is HEAP_SIZE here).
  for (bits = maxLength; bits !== 0; bits--) {
    n = blCount[bits]!;
    while (n !== 0) {
      m = heap[--h]!;
      if (m > maxCode) continue;
      if (tree[m * 2 + 1] !== bits) {
        s.opt_len += (bits - tree[m * 2 + 1]!) * tree[m * 2]!;
        tree[m * 2 + 1] = bits;
      }
      n--;
    }
  }
}

/**
 * zlib's build_tree over the used symbols only: Huffman code lengths for the `count` symbols in `syms` (ascending);
 * returns the largest code used. Codes are made only for a block sent with these trees (`genCodesUsed`).
 */
function buildTree(s: DeflateState, memo: HuffmanMemo, tree: Uint16Array, used: Int32Array, syms: Uint16Array, count: number, extra: Uint8Array, base: number, elems: number, maxLength: number): number {
  // Fewer than two symbols: the node(s) added make a tree of two leaves of length 1 (build_tree's result, no heap
  // needed); the added node's frequency 1 cancels out of opt_len, and it has no extra bits (its code is 0, 1 or 2).
  if (count < 2) {
    const n = count === 1 ? syms[0]! : 0;
    const m = count === 1 ? (n < 2 ? n + 1 : 0) : 1;
    if (count === 1) s.opt_len += tree[n * 2]! * (1 + (n >= base ? extra[n - base]! : 0));
    else tree[n * 2] = 1;
    tree[m * 2] = 1;
    tree[n * 2 + 1] = 1;
    tree[m * 2 + 1] = 1;
    used[n >> 5]! |= 1 << (n & 31);
    used[m >> 5]! |= 1 << (m & 31);
    return n > m ? n : m;
  }
  // Two or more symbols: the lengths may be remembered.
  {
    const cost = memo.recall(tree, syms, count, extra, base);
    if (cost >= 0) {
      s.opt_len += cost;
      return syms[count - 1]!;
    }
  }
  const heap = s.heap;
  const key = s.heap_key;
  let n: number;
  let m: number;
  let maxCode = -1;
  let node: number;
  let heapLen = 0;
  for (let i = 0; i < count; i++) {
    n = syms[i]!;
    heap[++heapLen] = maxCode = n;
    key[n] = tree[n * 2]! << DEPTH_BITS;
  }
  for (n = heapLen >> 1; n >= 1; n--) pqdownheap(heap, key, heapLen, n);
  node = elems;
  let heapMax = HEAP_SIZE;
  const depthMask = (1 << DEPTH_BITS) - 1;
  do {
    // pqremove: the smallest, then the next smallest.
    n = heap[1]!;
    heap[1] = heap[heapLen--]!;
    pqdownheap(heap, key, heapLen, 1);
    m = heap[1]!;
    heap[--heapMax] = n;
    heap[--heapMax] = m;
    const kn = key[n]!;
    const km = key[m]!;
    const dn = kn & depthMask;
    const dm = km & depthMask;
    // Frequencies add; the depth is the deeper child's plus one.
    key[node] = (((kn >>> DEPTH_BITS) + (km >>> DEPTH_BITS)) << DEPTH_BITS) | ((dn >= dm ? dn : dm) + 1);
    tree[n * 2 + 1] = tree[m * 2 + 1] = node;
    heap[1] = node++;
    pqdownheap(heap, key, heapLen, 1);
  } while (heapLen >= 2);
  heap[--heapMax] = heap[1]!;
  s.heap_max = heapMax;
  genBitlen(s, tree, maxCode, extra, base, maxLength);
  memo.remember(tree, syms, count);
  return maxCode;
}

/** zlib's gen_codes over the used symbols (ascending), for a block sent with dynamic trees. */
function genCodesUsed(s: DeflateState, tree: Uint16Array, syms: Uint16Array, count: number): void {
  const blCount = s.bl_count;
  const nextCode = s.next_code;
  for (let bits = 0; bits <= MAX_BITS; bits++) blCount[bits] = 0;
  for (let i = 0; i < count; i++) blCount[tree[syms[i]! * 2 + 1]!]!++;
  // gen_codes counts lengths from 1: bl_count[0] is 0 there.
  blCount[0] = 0;
  let code = 0;
  for (let bits = 1; bits <= MAX_BITS; bits++) {
    code = (code + blCount[bits - 1]!) << 1;
    nextCode[bits] = code;
  }
  for (let i = 0; i < count; i++) {
    const n = syms[i]!;
    const len = tree[n * 2 + 1]!;
    tree[n * 2] = reverseBits(nextCode[len]!++, len);
  }
}

/*
 * zlib's scan_tree and send_tree walk a tree's lengths 0..maxCode one by one, cutting runs of equal lengths into
 * chunks: a run of zeros into chunks of up to 138 (fewer than 3: each a 0; up to 10: code 17; else 18); a run of a
 * length v, first up to 7 (fewer than 4: each a v; else v then REP_3_6 for the rest), then up to 6 (fewer than 3:
 * each a v; else REP_3_6). These walk the same runs from the used symbols alone, the gaps between them being the
 * zero runs.
 */

/** zlib's scan_tree: tallies the bit-length codes that will describe `tree`'s lengths. */
function scanTree(s: DeflateState, tree: Uint16Array, syms: Uint16Array, count: number): void {
  const blTree = s.bl_tree;
  let pos = 0;
  let i = 0;
  while (i < count) {
    const first = syms[i]!;
    let zeros = first - pos;
    if (zeros > 0) {
      for (; zeros >= 138; zeros -= 138) blTree[REPZ_11_138 * 2]!++;
      if (zeros >= 11) blTree[REPZ_11_138 * 2]!++;
      else if (zeros >= 3) blTree[REPZ_3_10 * 2]!++;
      else blTree[0]! += zeros;
    }
    const v = tree[first * 2 + 1]!;
    let run = 1;
    while (i + run < count && syms[i + run] === first + run && tree[(first + run) * 2 + 1] === v) run++;
    i += run;
    pos = first + run;
    let take = run < 7 ? run : 7;
    if (take < 4) blTree[v * 2]! += take;
    else {
      blTree[v * 2]!++;
      blTree[REP_3_6 * 2]!++;
    }
    for (run -= take; run > 0; run -= take) {
      take = run < 6 ? run : 6;
      if (take < 3) blTree[v * 2]! += take;
      else blTree[REP_3_6 * 2]!++;
    }
  }
}

/** Sends bit-length code `c`. */
function sendBl(s: DeflateState, c: number): void {
  sendBits(s, s.bl_tree[c * 2]!, s.bl_tree[c * 2 + 1]!);
}

/** zlib's send_tree: writes `tree`'s lengths with the bit-length codes, in the chunks scanTree tallied. */
function sendTree(s: DeflateState, tree: Uint16Array, syms: Uint16Array, count: number): void {
  let pos = 0;
  let i = 0;
  while (i < count) {
    const first = syms[i]!;
    let zeros = first - pos;
    if (zeros > 0) {
      for (; zeros >= 138; zeros -= 138) {
        sendBl(s, REPZ_11_138);
        sendBits(s, 138 - 11, 7);
      }
      if (zeros >= 11) {
        sendBl(s, REPZ_11_138);
        sendBits(s, zeros - 11, 7);
      } else if (zeros >= 3) {
        sendBl(s, REPZ_3_10);
        sendBits(s, zeros - 3, 3);
      } else {
        for (; zeros > 0; zeros--) sendBl(s, 0);
      }
    }
    const v = tree[first * 2 + 1]!;
    let run = 1;
    while (i + run < count && syms[i + run] === first + run && tree[(first + run) * 2 + 1] === v) run++;
    i += run;
    pos = first + run;
    let take = run < 7 ? run : 7;
    if (take < 4) {
      for (let k = 0; k < take; k++) sendBl(s, v);
    } else {
      sendBl(s, v);
      sendBl(s, REP_3_6);
      sendBits(s, take - 1 - 3, 2);
    }
    for (run -= take; run > 0; run -= take) {
      take = run < 6 ? run : 6;
      if (take < 3) {
        for (let k = 0; k < take; k++) sendBl(s, v);
      } else {
        sendBl(s, REP_3_6);
        sendBits(s, take - 3, 2);
      }
    }
  }
}

/** zlib's build_bl_tree: the bit-length tree; returns the index in BL_ORDER of the last length sent. */
function buildBlTree(s: DeflateState): number {
  scanTree(s, s.dyn_ltree, s.l_syms, s.l_count);
  scanTree(s, s.dyn_dtree, s.d_syms, s.d_count);
  const blTree = s.bl_tree;
  const syms = s.bl_syms;
  let count = 0;
  for (let n = 0; n < BL_CODES; n++) if (blTree[n * 2] !== 0) syms[count++] = n;
  // The bit-length tree's unused symbols keep length 0 (initBlock zeroes all 19 entries).
  buildTree(s, s.bl_memo, blTree, s.bl_used, syms, count, EXTRA_BLBITS, 0, BL_CODES, MAX_BL_BITS);
  // A node added to make two codes has a length too: it is sent like any other.
  s.bl_count_used = count < 2 ? collectUsed(s.bl_used, syms) : count;
  s.bl_used[0] = 0;
  let maxBlindex: number;
  for (maxBlindex = BL_CODES - 1; maxBlindex >= 3; maxBlindex--) {
    if (blTree[BL_ORDER[maxBlindex]! * 2 + 1] !== 0) break;
  }
  s.opt_len += 3 * (maxBlindex + 1) + 5 + 5 + 4;
  return maxBlindex;
}

function sendAllTrees(s: DeflateState, lcodes: number, dcodes: number, blcodes: number): void {
  sendBits(s, lcodes - 257, 5);
  sendBits(s, dcodes - 1, 5);
  sendBits(s, blcodes - 4, 4);
  for (let rank = 0; rank < blcodes; rank++) sendBits(s, s.bl_tree[BL_ORDER[rank]! * 2 + 1]!, 3);
  sendTree(s, s.dyn_ltree, s.l_syms, s.l_count);
  sendTree(s, s.dyn_dtree, s.d_syms, s.d_count);
}

/**
 * Writes the tallied symbols with the trees given. The bit buffer is held in locals here (the hot loop): each
 * `acc |= …` step is sendBits with the buffer as an accumulator (at most 16 + 16 bits), which writes the same two
 * bytes whenever zlib's 16-bit buffer would overflow and leaves the same 0–16 bits behind.
 */
function compressBlock(s: DeflateState, ltree: Uint16Array, dtree: Uint16Array): void {
  const buf = s.pending_buf;
  const symBuf = s.sym_buf;
  const symNext = s.sym_next;
  let acc = s.bi_buf;
  let nbits = s.bi_valid;
  let p = s.pending;
  for (let sx = 0; sx < symNext; sx += 3) {
    let dist = buf[symBuf + sx]! | (buf[symBuf + sx + 1]! << 8);
    const lc = buf[symBuf + sx + 2]!;
    if (dist === 0) {
      acc |= ltree[lc * 2]! << nbits;
      nbits += ltree[lc * 2 + 1]!;
      if (nbits > 16) {
        buf[p++] = acc & 0xff;
        buf[p++] = (acc >>> 8) & 0xff;
        acc >>>= 16;
        nbits -= 16;
      }
      continue;
    }
    let code = LENGTH_CODE[lc]!;
    const sym = code + LITERALS + 1;
    // The length code, then its extra bits.
    acc |= ltree[sym * 2]! << nbits;
    nbits += ltree[sym * 2 + 1]!;
    if (nbits > 16) {
      buf[p++] = acc & 0xff;
      buf[p++] = (acc >>> 8) & 0xff;
      acc >>>= 16;
      nbits -= 16;
    }
    const lextra = EXTRA_LBITS[code]!;
    if (lextra !== 0) {
      acc |= (lc - BASE_LENGTH[code]!) << nbits;
      nbits += lextra;
      if (nbits > 16) {
        buf[p++] = acc & 0xff;
        buf[p++] = (acc >>> 8) & 0xff;
        acc >>>= 16;
        nbits -= 16;
      }
    }
    // The distance code, then its extra bits.
    dist--;
    code = distCode(dist);
    acc |= dtree[code * 2]! << nbits;
    nbits += dtree[code * 2 + 1]!;
    if (nbits > 16) {
      buf[p++] = acc & 0xff;
      buf[p++] = (acc >>> 8) & 0xff;
      acc >>>= 16;
      nbits -= 16;
    }
    const dextra = EXTRA_DBITS[code]!;
    if (dextra !== 0) {
      acc |= (dist - BASE_DIST[code]!) << nbits;
      nbits += dextra;
      if (nbits > 16) {
        buf[p++] = acc & 0xff;
        buf[p++] = (acc >>> 8) & 0xff;
        acc >>>= 16;
        nbits -= 16;
      }
    }
  }
  s.bi_buf = acc & 0xffff;
  s.bi_valid = nbits;
  s.pending = p;
  sendBits(s, ltree[END_BLOCK * 2]!, ltree[END_BLOCK * 2 + 1]!);
}

/** zlib's _tr_stored_block: a stored block of window[buf, buf + storedLen). */
export function trStoredBlock(s: DeflateState, buf: number, storedLen: number, last: boolean): void {
  sendBits(s, (STORED_BLOCK << 1) + (last ? 1 : 0), 3);
  biWindup(s);
  putShort(s, storedLen);
  putShort(s, ~storedLen);
  copyBytes(s.window, buf, storedLen, s.pending_buf, s.pending);
  s.pending += storedLen;
}

/**
 * zlib's _tr_flush_block: ends the block of the symbols tallied (window[buf, buf + storedLen) their source, buf −1
 * when it has slid away), as whichever block type is shortest.
 */
export function trFlushBlock(s: DeflateState, buf: number, storedLen: number, last: boolean): void {
  let optLenb: number;
  let staticLenb: number;
  let maxBlindex = -1;
  if (s.level > 0) {
    s.l_count = collectUsed(s.l_used, s.l_syms);
    s.d_count = collectUsed(s.d_used, s.d_syms);
    let dynamicBits = s.block_memo.recall(s.dyn_ltree, s.l_syms, s.l_count, s.dyn_dtree, s.d_syms, s.d_count);
    if (dynamicBits < 0) {
      const kept = s.block_memo.keep(s.dyn_ltree, s.l_syms, s.l_count, s.dyn_dtree, s.d_syms, s.d_count);
      maxBlindex = buildTrees(s);
      dynamicBits = s.opt_len;
      if (kept) s.block_memo.size(dynamicBits);
    }
    optLenb = (dynamicBits + 3 + 7) >>> 3;
    staticLenb = (s.static_len + 3 + 7) >>> 3;
    if (staticLenb <= optLenb) optLenb = staticLenb;
  } else {
    optLenb = staticLenb = storedLen + 5;
  }
  if (storedLen + 4 <= optLenb && buf !== -1) {
    trStoredBlock(s, buf, storedLen, last);
  } else if (staticLenb === optLenb) {
    sendBits(s, (STATIC_TREES << 1) + (last ? 1 : 0), 3);
    compressBlock(s, STATIC_LTREE, STATIC_DTREE);
  } else {
    // Sized from memory: build the trees to send them.
    if (maxBlindex < 0) maxBlindex = buildTrees(s);
    // The codes, made only now: the sizes above needed only the lengths.
    genCodesUsed(s, s.dyn_ltree, s.l_syms, s.l_count);
    genCodesUsed(s, s.dyn_dtree, s.d_syms, s.d_count);
    genCodesUsed(s, s.bl_tree, s.bl_syms, s.bl_count_used);
    sendBits(s, (DYN_TREES << 1) + (last ? 1 : 0), 3);
    sendAllTrees(s, s.l_max_code + 1, s.d_max_code + 1, maxBlindex + 1);
    compressBlock(s, s.dyn_ltree, s.dyn_dtree);
  }
  initBlock(s);
  if (last) biWindup(s);
}

/** The three trees' code lengths for the block tallied (opt_len gets its dynamic size); returns build_bl_tree's index. */
function buildTrees(s: DeflateState): number {
  s.l_max_code = buildTree(s, s.l_memo, s.dyn_ltree, s.l_used, s.l_syms, s.l_count, EXTRA_LBITS, LITERALS + 1, L_CODES, MAX_BITS);
  // Nodes added to make two codes are used symbols from here on (their lengths are sent).
  if (s.l_count < 2) s.l_count = collectUsed(s.l_used, s.l_syms);
  s.d_max_code = buildTree(s, s.d_memo, s.dyn_dtree, s.d_used, s.d_syms, s.d_count, EXTRA_DBITS, 0, D_CODES, MAX_BITS);
  if (s.d_count < 2) s.d_count = collectUsed(s.d_used, s.d_syms);
  return buildBlTree(s);
}

/** zlib's _tr_tally: records a literal (dist 0) or a match; returns whether the symbol buffer is full. */
export function trTally(s: DeflateState, dist: number, lc: number): boolean {
  const buf = s.pending_buf;
  const at = s.sym_buf + s.sym_next;
  buf[at] = dist;
  buf[at + 1] = dist >> 8;
  buf[at + 2] = lc;
  s.sym_next += 3;
  if (dist === 0) {
    s.dyn_ltree[lc * 2]!++;
    s.l_used[lc >> 5]! |= 1 << (lc & 31);
    s.static_len += STATIC_LTREE[lc * 2 + 1]!;
  } else {
    const code = LENGTH_CODE[lc]!;
    const sym = code + LITERALS + 1;
    const dcode = distCode(dist - 1);
    s.dyn_ltree[sym * 2]!++;
    s.l_used[sym >> 5]! |= 1 << (sym & 31);
    s.dyn_dtree[dcode * 2]!++;
    s.d_used[0]! |= 1 << dcode;
    // The static trees' cost of this match: its length and distance codes and their extra bits.
    s.static_len += STATIC_LTREE[sym * 2 + 1]! + EXTRA_LBITS[code]! + 5 + EXTRA_DBITS[dcode]!;
  }
  return s.sym_next === s.sym_end;
}

/** The bit buffer's state at a reset (zlib's _tr_init). */
export function trInit(s: DeflateState): void {
  s.bi_buf = 0;
  s.bi_valid = 0;
  initBlock(s);
}
