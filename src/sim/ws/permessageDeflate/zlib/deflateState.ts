/*
 * Ported to TypeScript from pako 3.0.3 (src/zlib/deflate.mjs), itself a port of zlib's deflate.c.
 * pako: (C) 2014-2017 Vitaly Puzrin and Andrei Tuputcyn, MIT licence.
 * zlib: (C) 1995-2024 Jean-loup Gailly and Mark Adler, zlib licence: this software is provided 'as-is', without any
 * express or implied warranty; altered source versions must be plainly marked as such (this is one: typed,
 * only the raw-deflate path kept) and must not be misrepresented as the original software.
 */
/**
 * A raw DEFLATE compressor's whole state (zlib's z_stream and deflate_state in one object, only what a raw stream
 * with the default strategy uses), made as zlib's deflateInit2 makes it.
 */
import { BlockCostMemo } from './blockCostMemo';
import { HuffmanMemo } from './huffmanMemo';
import { BL_CODES, D_CODES, END_BLOCK, HEAP_SIZE, L_CODES, MAX_BITS, STATIC_LTREE } from './staticTrees';

export const MIN_MATCH = 3;
export const MAX_MATCH = 258;
/** Lookahead kept so a match can always be checked to its full length (MAX_MATCH + MIN_MATCH + 1). */
export const MIN_LOOKAHEAD = MAX_MATCH + MIN_MATCH + 1;
export const BUSY_STATE = 113;
export const FINISH_STATE = 666;

/** One level's matcher settings (zlib's configuration_table row) and which block loop it runs. */
export interface LevelConfig {
  readonly goodLength: number;
  readonly maxLazy: number;
  readonly niceLength: number;
  readonly maxChain: number;
  /** 0: stored only, 1: deflate_fast (greedy), 2: deflate_slow (lazy matching). */
  readonly loop: 0 | 1 | 2;
}

const cfg = (goodLength: number, maxLazy: number, niceLength: number, maxChain: number, loop: 0 | 1 | 2): LevelConfig =>
  ({ goodLength, maxLazy, niceLength, maxChain, loop });
/** zlib's configuration_table, levels 0–9. */
export const LEVELS: readonly LevelConfig[] = [
  cfg(0, 0, 0, 0, 0), cfg(4, 4, 8, 4, 1), cfg(4, 5, 16, 8, 1), cfg(4, 6, 32, 32, 1), cfg(4, 4, 16, 16, 2),
  cfg(8, 16, 32, 32, 2), cfg(8, 16, 128, 128, 2), cfg(8, 32, 128, 256, 2), cfg(32, 128, 258, 1024, 2), cfg(32, 258, 258, 4096, 2),
];

const EMPTY = new Uint8Array(0);

/** zlib's stream and deflate state for a raw stream (field names as in zlib, so the port reads against it). */
export class DeflateState {
  // z_stream: where input is read from and output written to.
  input: Uint8Array = EMPTY;
  next_in = 0;
  avail_in = 0;
  total_in = 0;
  output: Uint8Array = EMPTY;
  next_out = 0;
  avail_out = 0;

  status = BUSY_STATE;
  readonly pending_buf: Uint8Array;
  readonly pending_buf_size: number;
  pending_out = 0;
  pending = 0;
  last_flush = -2;

  readonly w_size: number;
  readonly w_mask: number;
  /** Twice the window: input is read into the upper half and slid down. */
  readonly window: Uint8Array;
  window_size: number;
  readonly prev: Uint16Array;
  readonly head: Uint16Array;
  readonly hash_mask: number;

  block_start = 0;
  match_length = 0;
  prev_match = 0;
  match_available = 0;
  strstart = 0;
  match_start = 0;
  lookahead = 0;
  prev_length = 0;
  high_water = 0;
  insert = 0;
  matches = 0;

  readonly level: number;
  readonly loop: 0 | 1 | 2;
  readonly max_chain_length: number;
  readonly max_lazy_match: number;
  readonly good_match: number;
  readonly nice_match: number;

  // Trees: frequency/code at 2n, dad/length at 2n + 1.
  readonly dyn_ltree = new Uint16Array(HEAP_SIZE * 2);
  readonly dyn_dtree = new Uint16Array((2 * D_CODES + 1) * 2);
  readonly bl_tree = new Uint16Array((2 * BL_CODES + 1) * 2);
  readonly bl_count = new Uint16Array(MAX_BITS + 1);
  readonly next_code = new Uint16Array(MAX_BITS + 1);
  readonly heap = new Uint16Array(HEAP_SIZE);
  heap_max = 0;
  /** Code lengths built before, by frequency pattern, per tree (see huffmanMemo.ts). */
  readonly l_memo = new HuffmanMemo(64);
  readonly d_memo = new HuffmanMemo(16);
  readonly bl_memo = new HuffmanMemo(1024);
  /** Dynamic-block sizes by histogram (see blockCostMemo.ts). */
  readonly block_memo = new BlockCostMemo();
  /** Per node: frequency × 512 + depth, the heap's order (see trees.ts). */
  readonly heap_key = new Int32Array(HEAP_SIZE);
  l_max_code = 0;
  d_max_code = 0;
  /** Which literal/length and distance symbols the block uses, one bit each: the trees are built over these only. */
  readonly l_used = new Int32Array(Math.ceil(L_CODES / 32));
  readonly d_used = new Int32Array(1);
  /** Marks of a node added to the bit-length tree to make two codes (its other entries are cleared whole). */
  readonly bl_used = new Int32Array(1);
  /** The used symbols in order (scratch for a build). */
  readonly l_syms = new Uint16Array(L_CODES);
  readonly d_syms = new Uint16Array(D_CODES);
  readonly bl_syms = new Uint16Array(BL_CODES);
  l_count = 0;
  d_count = 0;
  bl_count_used = 0;

  /** Where the symbol buffer (3 bytes a symbol) starts in pending_buf. */
  readonly sym_buf: number;
  readonly sym_end: number;
  sym_next = 0;
  opt_len = 0;
  static_len = 0;
  bi_buf = 0;
  bi_valid = 0;

  /** deflateInit2 for a raw stream: `windowBits` 9–15 (8 is raised to 9 by the caller), memLevel 8's buffers. */
  constructor(level: number, windowBits: number, memLevel: number) {
    this.w_size = 1 << windowBits;
    this.w_mask = this.w_size - 1;
    // pako's (non-legacy) hash takes at least 15 bits.
    const hashBits = Math.max(memLevel + 7, 15);
    this.hash_mask = (1 << hashBits) - 1;
    this.window = new Uint8Array(this.w_size * 2);
    this.window_size = 2 * this.w_size;
    this.head = new Uint16Array(1 << hashBits);
    this.prev = new Uint16Array(this.w_size);
    const litBufsize = 1 << (memLevel + 6);
    this.pending_buf_size = litBufsize * 4;
    this.pending_buf = new Uint8Array(this.pending_buf_size);
    this.sym_buf = litBufsize;
    this.sym_end = (litBufsize - 1) * 3;
    this.level = level;
    const config = LEVELS[level]!;
    this.loop = config.loop;
    this.max_lazy_match = config.maxLazy;
    this.good_match = config.goodLength;
    this.nice_match = config.niceLength;
    this.max_chain_length = config.maxChain;
    this.match_length = this.prev_length = MIN_MATCH - 1;
    this.dyn_ltree[END_BLOCK * 2] = 1;
    this.l_used[END_BLOCK >> 5] = 1 << (END_BLOCK & 31);
    this.static_len = STATIC_LTREE[END_BLOCK * 2 + 1]!;
  }
}
