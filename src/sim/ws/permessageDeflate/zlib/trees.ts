/*
 * Ported to TypeScript from pako 3.0.3 (src/zlib/trees.mjs), itself a port of zlib's trees.c.
 * pako: (C) 2014-2017 Vitaly Puzrin and Andrei Tuputcyn, MIT licence.
 * zlib: (C) 1995-2024 Jean-loup Gailly and Mark Adler, zlib licence: this software is provided 'as-is', without any
 * express or implied warranty; altered source versions must be plainly marked as such (this is one: typed,
 * the tree building reorganised for speed, same output) and must not be misrepresented as the original software.
 */
/**
 * Writing blocks (zlib's trees.c): the symbols deflate tallied become a stored, static-Huffman or
 * dynamic-Huffman block, whichever is shortest, chosen exactly as zlib chooses.
 */
import type { DeflateState } from './deflateState';
import {
  BASE_DIST, BASE_LENGTH, BL_CODES, BL_ORDER, D_CODES, END_BLOCK, EXTRA_BLBITS, EXTRA_DBITS, EXTRA_LBITS, HEAP_SIZE,
  LENGTH_CODE, LITERALS, L_CODES, MAX_BITS, MAX_BL_BITS, REPZ_11_138, REPZ_3_10, REP_3_6, STATIC_DTREE, STATIC_LTREE,
  distCode, genCodes,
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

/** zlib's init_block: no symbols, every frequency 0 but END_BLOCK's. */
export function initBlock(s: DeflateState): void {
  const ltree = s.dyn_ltree;
  for (let n = 0; n < L_CODES; n++) ltree[n * 2] = 0;
  for (let n = 0; n < D_CODES; n++) s.dyn_dtree[n * 2] = 0;
  for (let n = 0; n < BL_CODES; n++) s.bl_tree[n * 2] = 0;
  ltree[END_BLOCK * 2] = 1;
  s.opt_len = s.static_len = 0;
  s.sym_next = 0;
}

/** Whether node n sorts before m: smaller frequency, or equal frequency and no deeper (zlib's `smaller`). */
function smaller(tree: Uint16Array, n: number, m: number, depth: Uint16Array): boolean {
  const fn = tree[n * 2]!;
  const fm = tree[m * 2]!;
  return fn < fm || (fn === fm && depth[n]! <= depth[m]!);
}

/** Restores the heap property from node k down. */
function pqdownheap(s: DeflateState, tree: Uint16Array, k: number): void {
  const heap = s.heap;
  const depth = s.depth;
  const heapLen = s.heap_len;
  const v = heap[k]!;
  let j = k << 1;
  while (j <= heapLen) {
    if (j < heapLen && smaller(tree, heap[j + 1]!, heap[j]!, depth)) j++;
    if (smaller(tree, v, heap[j]!, depth)) break;
    heap[k] = heap[j]!;
    k = j;
    j <<= 1;
  }
  heap[k] = v;
}

/**
 * zlib's gen_bitlen: the code length of every leaf from the tree build_tree made (heap[heap_max..] holds the nodes,
 * root first), limited to `maxLength` as zlib limits it; adds the block's cost with these lengths to opt_len and
 * with the static tree's to static_len.
 */
function genBitlen(s: DeflateState, tree: Uint16Array, maxCode: number, stree: Uint16Array | null, extra: Uint8Array, base: number, maxLength: number): void {
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
    if (stree !== null) s.static_len += f * (stree[n * 2 + 1]! + xbits);
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

/** zlib's build_tree: Huffman code lengths and codes for `tree`'s `elems` symbols; returns the largest code used. */
function buildTree(s: DeflateState, tree: Uint16Array, stree: Uint16Array | null, extra: Uint8Array, base: number, elems: number, maxLength: number): number {
  const heap = s.heap;
  const depth = s.depth;
  let n: number;
  let m: number;
  let maxCode = -1;
  let node: number;
  s.heap_len = 0;
  s.heap_max = HEAP_SIZE;
  for (n = 0; n < elems; n++) {
    if (tree[n * 2] !== 0) {
      heap[++s.heap_len] = maxCode = n;
      depth[n] = 0;
    } else {
      tree[n * 2 + 1] = 0;
    }
  }
  // The format needs at least one distance code, and a tree of at least two codes: add a node of frequency 1.
  while (s.heap_len < 2) {
    node = heap[++s.heap_len] = maxCode < 2 ? ++maxCode : 0;
    tree[node * 2] = 1;
    depth[node] = 0;
    s.opt_len--;
    if (stree !== null) s.static_len -= stree[node * 2 + 1]!;
  }
  for (n = s.heap_len >> 1; n >= 1; n--) pqdownheap(s, tree, n);
  node = elems;
  do {
    n = heap[1]!;
    heap[1] = heap[s.heap_len--]!;
    pqdownheap(s, tree, 1);
    m = heap[1]!;
    heap[--s.heap_max] = n;
    heap[--s.heap_max] = m;
    tree[node * 2] = tree[n * 2]! + tree[m * 2]!;
    depth[node] = (depth[n]! >= depth[m]! ? depth[n]! : depth[m]!) + 1;
    tree[n * 2 + 1] = tree[m * 2 + 1] = node;
    heap[1] = node++;
    pqdownheap(s, tree, 1);
  } while (s.heap_len >= 2);
  heap[--s.heap_max] = heap[1]!;
  genBitlen(s, tree, maxCode, stree, extra, base, maxLength);
  genCodes(tree, maxCode, s.bl_count, s.next_code);
  return maxCode;
}

/** zlib's scan_tree: tallies the bit-length codes that will describe `tree`'s lengths. */
function scanTree(s: DeflateState, tree: Uint16Array, maxCode: number): void {
  const blTree = s.bl_tree;
  let prevlen = -1;
  let curlen: number;
  let nextlen = tree[1]!;
  let count = 0;
  let maxCount = 7;
  let minCount = 4;
  if (nextlen === 0) {
    maxCount = 138;
    minCount = 3;
  }
  tree[(maxCode + 1) * 2 + 1] = 0xffff; // guard
  for (let n = 0; n <= maxCode; n++) {
    curlen = nextlen;
    nextlen = tree[(n + 1) * 2 + 1]!;
    if (++count < maxCount && curlen === nextlen) continue;
    else if (count < minCount) blTree[curlen * 2]! += count;
    else if (curlen !== 0) {
      if (curlen !== prevlen) blTree[curlen * 2]!++;
      blTree[REP_3_6 * 2]!++;
    } else if (count <= 10) blTree[REPZ_3_10 * 2]!++;
    else blTree[REPZ_11_138 * 2]!++;
    count = 0;
    prevlen = curlen;
    if (nextlen === 0) {
      maxCount = 138;
      minCount = 3;
    } else if (curlen === nextlen) {
      maxCount = 6;
      minCount = 3;
    } else {
      maxCount = 7;
      minCount = 4;
    }
  }
}

/** zlib's send_tree: writes `tree`'s lengths with the bit-length codes. */
function sendTree(s: DeflateState, tree: Uint16Array, maxCode: number): void {
  const blTree = s.bl_tree;
  let prevlen = -1;
  let curlen: number;
  let nextlen = tree[1]!;
  let count = 0;
  let maxCount = 7;
  let minCount = 4;
  if (nextlen === 0) {
    maxCount = 138;
    minCount = 3;
  }
  for (let n = 0; n <= maxCode; n++) {
    curlen = nextlen;
    nextlen = tree[(n + 1) * 2 + 1]!;
    if (++count < maxCount && curlen === nextlen) continue;
    else if (count < minCount) {
      do sendBits(s, blTree[curlen * 2]!, blTree[curlen * 2 + 1]!);
      while (--count !== 0);
    } else if (curlen !== 0) {
      if (curlen !== prevlen) {
        sendBits(s, blTree[curlen * 2]!, blTree[curlen * 2 + 1]!);
        count--;
      }
      sendBits(s, blTree[REP_3_6 * 2]!, blTree[REP_3_6 * 2 + 1]!);
      sendBits(s, count - 3, 2);
    } else if (count <= 10) {
      sendBits(s, blTree[REPZ_3_10 * 2]!, blTree[REPZ_3_10 * 2 + 1]!);
      sendBits(s, count - 3, 3);
    } else {
      sendBits(s, blTree[REPZ_11_138 * 2]!, blTree[REPZ_11_138 * 2 + 1]!);
      sendBits(s, count - 11, 7);
    }
    count = 0;
    prevlen = curlen;
    if (nextlen === 0) {
      maxCount = 138;
      minCount = 3;
    } else if (curlen === nextlen) {
      maxCount = 6;
      minCount = 3;
    } else {
      maxCount = 7;
      minCount = 4;
    }
  }
}

/** zlib's build_bl_tree: the bit-length tree; returns the index in BL_ORDER of the last length sent. */
function buildBlTree(s: DeflateState): number {
  scanTree(s, s.dyn_ltree, s.l_max_code);
  scanTree(s, s.dyn_dtree, s.d_max_code);
  buildTree(s, s.bl_tree, null, EXTRA_BLBITS, 0, BL_CODES, MAX_BL_BITS);
  let maxBlindex: number;
  for (maxBlindex = BL_CODES - 1; maxBlindex >= 3; maxBlindex--) {
    if (s.bl_tree[BL_ORDER[maxBlindex]! * 2 + 1] !== 0) break;
  }
  s.opt_len += 3 * (maxBlindex + 1) + 5 + 5 + 4;
  return maxBlindex;
}

function sendAllTrees(s: DeflateState, lcodes: number, dcodes: number, blcodes: number): void {
  sendBits(s, lcodes - 257, 5);
  sendBits(s, dcodes - 1, 5);
  sendBits(s, blcodes - 4, 4);
  for (let rank = 0; rank < blcodes; rank++) sendBits(s, s.bl_tree[BL_ORDER[rank]! * 2 + 1]!, 3);
  sendTree(s, s.dyn_ltree, lcodes - 1);
  sendTree(s, s.dyn_dtree, dcodes - 1);
}

/** Writes the tallied symbols with the trees given. */
function compressBlock(s: DeflateState, ltree: Uint16Array, dtree: Uint16Array): void {
  const buf = s.pending_buf;
  const symBuf = s.sym_buf;
  let sx = 0;
  while (sx < s.sym_next) {
    let dist = buf[symBuf + sx++]!;
    dist += buf[symBuf + sx++]! << 8;
    let lc = buf[symBuf + sx++]!;
    if (dist === 0) {
      sendBits(s, ltree[lc * 2]!, ltree[lc * 2 + 1]!);
    } else {
      let code = LENGTH_CODE[lc]!;
      sendBits(s, ltree[(code + LITERALS + 1) * 2]!, ltree[(code + LITERALS + 1) * 2 + 1]!);
      let extra = EXTRA_LBITS[code]!;
      if (extra !== 0) {
        lc -= BASE_LENGTH[code]!;
        sendBits(s, lc, extra);
      }
      dist--;
      code = distCode(dist);
      sendBits(s, dtree[code * 2]!, dtree[code * 2 + 1]!);
      extra = EXTRA_DBITS[code]!;
      if (extra !== 0) {
        dist -= BASE_DIST[code]!;
        sendBits(s, dist, extra);
      }
    }
  }
  sendBits(s, ltree[END_BLOCK * 2]!, ltree[END_BLOCK * 2 + 1]!);
}

/** zlib's _tr_stored_block: a stored block of window[buf, buf + storedLen). */
export function trStoredBlock(s: DeflateState, buf: number, storedLen: number, last: boolean): void {
  sendBits(s, (STORED_BLOCK << 1) + (last ? 1 : 0), 3);
  biWindup(s);
  putShort(s, storedLen);
  putShort(s, ~storedLen);
  if (storedLen) s.pending_buf.set(s.window.subarray(buf, buf + storedLen), s.pending);
  s.pending += storedLen;
}

/**
 * zlib's _tr_flush_block: ends the block of the symbols tallied (window[buf, buf + storedLen) their source, buf −1
 * when it has slid away), as whichever block type is shortest.
 */
export function trFlushBlock(s: DeflateState, buf: number, storedLen: number, last: boolean): void {
  let optLenb: number;
  let staticLenb: number;
  let maxBlindex = 0;
  if (s.level > 0) {
    s.l_max_code = buildTree(s, s.dyn_ltree, STATIC_LTREE, EXTRA_LBITS, LITERALS + 1, L_CODES, MAX_BITS);
    s.d_max_code = buildTree(s, s.dyn_dtree, STATIC_DTREE, EXTRA_DBITS, 0, D_CODES, MAX_BITS);
    maxBlindex = buildBlTree(s);
    optLenb = (s.opt_len + 3 + 7) >>> 3;
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
    sendBits(s, (DYN_TREES << 1) + (last ? 1 : 0), 3);
    sendAllTrees(s, s.l_max_code + 1, s.d_max_code + 1, maxBlindex + 1);
    compressBlock(s, s.dyn_ltree, s.dyn_dtree);
  }
  initBlock(s);
  if (last) biWindup(s);
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
  } else {
    dist--;
    s.dyn_ltree[(LENGTH_CODE[lc]! + LITERALS + 1) * 2]!++;
    s.dyn_dtree[distCode(dist) * 2]!++;
  }
  return s.sym_next === s.sym_end;
}

/** The bit buffer's state at a reset (zlib's _tr_init). */
export function trInit(s: DeflateState): void {
  s.bi_buf = 0;
  s.bi_valid = 0;
  initBlock(s);
}
