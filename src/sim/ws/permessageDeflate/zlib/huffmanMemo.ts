/**
 * Remembers Huffman code lengths by the frequencies they were built from. zlib's build_tree is a pure function of
 * the used symbols' frequencies in symbol order (its heap starts from them in that order, ties go by heap position,
 * and its length limiting walks that heap), so the lengths it gave, rank by rank, are what it would give again:
 * a hit replays zlib's own result, same ties, same limited lengths. Small messages repeat the same frequency
 * pattern over and over (a JSON tick differs from the last in which digits it has, not in how many of each), so
 * most blocks skip the heap altogether.
 */
import { L_CODES } from './staticTrees';

/** Direct-mapped slots (a power of two). */
const SLOTS = 32;
const SLOT_SHIFT = 32 - Math.log2(SLOTS);

/** Code lengths by frequency pattern, for one compressor's trees. */
export class HuffmanMemo {
  /** Per slot: the pattern's symbol count and maximum length (count × 16 + maxLength), 0 when empty. */
  private readonly tag = new Int32Array(SLOTS);
  private readonly freqs = new Uint16Array(SLOTS * L_CODES);
  private readonly lengths = new Uint8Array(SLOTS * L_CODES);
  private slot = 0;

  /**
   * If `tree`'s `count` used symbols (`syms`, ascending) have a remembered frequency pattern, writes the lengths
   * built for it into `tree` and returns the block's cost with them (frequency × (length + extra bits)); else −1
   * (and `remember` may follow the build).
   */
  recall(tree: Uint16Array, syms: Uint16Array, count: number, maxLength: number, extra: Uint8Array, base: number): number {
    let h = Math.imul(count, 0x9e3779b1) ^ maxLength;
    for (let i = 0; i < count; i++) h = Math.imul(h ^ tree[syms[i]! * 2]!, 0x85ebca6b);
    const slot = (this.slot = (h ^ (h >>> 15)) >>> SLOT_SHIFT);
    if (this.tag[slot] !== count * 16 + maxLength) return -1;
    const at = slot * L_CODES;
    const freqs = this.freqs;
    const lengths = this.lengths;
    // Lengths are written as the pattern is checked: on a mismatch the build that follows sets them all again.
    let cost = 0;
    for (let i = 0; i < count; i++) {
      const n = syms[i]!;
      const f = tree[n * 2]!;
      if (freqs[at + i] !== f) return -1;
      const len = lengths[at + i]!;
      tree[n * 2 + 1] = len;
      cost += f * (len + (n >= base ? extra[n - base]! : 0));
    }
    return cost;
  }

  /** Remembers the lengths just built for the pattern `recall` missed (call right after it). */
  remember(tree: Uint16Array, syms: Uint16Array, count: number, maxLength: number): void {
    const slot = this.slot;
    const at = slot * L_CODES;
    for (let i = 0; i < count; i++) {
      const n = syms[i]!;
      this.freqs[at + i] = tree[n * 2]!;
      this.lengths[at + i] = tree[n * 2 + 1]!;
    }
    this.tag[slot] = count * 16 + maxLength;
  }
}
