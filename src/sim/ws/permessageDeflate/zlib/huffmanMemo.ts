/**
 * Remembers Huffman code lengths by the frequencies they were built from. zlib's build_tree is a pure function of
 * the used symbols' frequencies in symbol order (its heap starts from them in that order, ties go by heap position,
 * and its length limiting walks that heap), so the lengths it gave, rank by rank, are what it would give again:
 * a hit replays zlib's own result, same ties, same limited lengths. Small messages repeat the same frequency
 * pattern over and over (a JSON tick differs from the last in which digits it has, not in how many of each), so
 * most blocks skip the heap altogether.
 */

/** Patterns of more symbols than this are not kept (a big block's heap costs little next to its data; bounds memory). */
const MAX_SYMBOLS = 64;

/** Code lengths by frequency pattern, for one kind of tree of one compressor (direct-mapped, slots made on use). */
export class HuffmanMemo {
  private readonly shift: number;
  /** Per slot: the pattern's symbol count + 1, 0 when empty. */
  private readonly tag: Int32Array;
  /** Per slot: the pattern's frequencies, then the lengths built for them. */
  private readonly entries: (Uint16Array | null)[];
  private slot = 0;

  /** `slots`: a power of two. */
  constructor(slots: number) {
    this.shift = 32 - Math.log2(slots);
    this.tag = new Int32Array(slots);
    this.entries = new Array<Uint16Array | null>(slots).fill(null);
  }

  /**
   * If `tree`'s `count` used symbols (`syms`, ascending) have a remembered frequency pattern, writes the lengths
   * built for it into `tree` and returns the block's cost with them (frequency × (length + extra bits)); else −1
   * (and `remember` may follow the build).
   */
  recall(tree: Uint16Array, syms: Uint16Array, count: number, extra: Uint8Array, base: number): number {
    let h = Math.imul(count, 0x9e3779b1);
    for (let i = 0; i < count; i++) h = Math.imul(h ^ tree[syms[i]! * 2]!, 0x85ebca6b) ^ (h >>> 13);
    const slot = (this.slot = Math.imul(h ^ (h >>> 16), 0xc2b2ae35) >>> this.shift);
    const entry = this.entries[slot];
    if (this.tag[slot] !== count + 1 || entry == null) return -1;
    // Lengths are written as the pattern is checked: on a mismatch the build that follows sets them all again.
    let cost = 0;
    for (let i = 0; i < count; i++) {
      const n = syms[i]!;
      const f = tree[n * 2]!;
      if (entry[i] !== f) return -1;
      const len = entry[count + i]!;
      tree[n * 2 + 1] = len;
      cost += f * (len + (n >= base ? extra[n - base]! : 0));
    }
    return cost;
  }

  /** Remembers the lengths just built for the pattern `recall` missed (call right after it). */
  remember(tree: Uint16Array, syms: Uint16Array, count: number): void {
    if (count > MAX_SYMBOLS) return;
    const slot = this.slot;
    let entry = this.entries[slot];
    if (entry == null || entry.length < 2 * count) entry = this.entries[slot] = new Uint16Array(2 * Math.max(count, 16));
    for (let i = 0; i < count; i++) {
      const n = syms[i]!;
      entry[i] = tree[n * 2]!;
      entry[count + i] = tree[n * 2 + 1]!;
    }
    this.tag[slot] = count + 1;
  }
}
