/**
 * Remembers a block's dynamic-Huffman size by its histogram (which literal/length and distance symbols it used, how
 * often each). That size (zlib's opt_len: the data with the block's own trees, plus the trees' description) is a
 * pure function of the histogram: the code lengths come from the frequencies in symbol order, the description from
 * where the used symbols sit and their lengths. A block whose histogram was seen before is sized without building
 * anything; when the static or stored block wins, as it does for almost every small message, nothing is built at
 * all. Only the size is kept: a block sent with dynamic trees builds them.
 */

/** Direct-mapped slots (a power of two). */
const SLOTS = 1024;
/**
 * Histograms of more used symbols than this are not kept: a big block's trees cost little next to its data, and it
 * rarely repeats; this bounds the memory (under 300 KB with every slot full).
 */
const MAX_SYMBOLS = 64;
const SLOT_SHIFT = 32 - Math.log2(SLOTS);

/** Dynamic-block sizes by histogram, for one compressor. */
export class BlockCostMemo {
  /** Per slot: the remembered size in bits, −1 when empty. */
  private readonly bits = new Int32Array(SLOTS).fill(-1);
  /** Per slot: the histogram, as [literal/length count, distance count, then (symbol, frequency) pairs]. */
  private readonly entries = new Array<Uint16Array | null>(SLOTS).fill(null);
  private slot = 0;

  /** The remembered dynamic size of the block whose used symbols are `lsyms`/`dsyms` (ascending), or −1. */
  recall(ltree: Uint16Array, lsyms: Uint16Array, lcount: number, dtree: Uint16Array, dsyms: Uint16Array, dcount: number): number {
    let h = Math.imul(lcount * 64 + dcount, 0x9e3779b1);
    for (let i = 0; i < lcount; i++) {
      const n = lsyms[i]!;
      h = Math.imul(h ^ ((n << 16) | ltree[n * 2]!), 0x85ebca6b) ^ (h >>> 13);
    }
    for (let i = 0; i < dcount; i++) {
      const n = dsyms[i]!;
      h = Math.imul(h ^ ((n << 16) | dtree[n * 2]!), 0xcc9e2d51) ^ (h >>> 13);
    }
    const slot = (this.slot = Math.imul(h ^ (h >>> 16), 0xc2b2ae35) >>> SLOT_SHIFT);
    const entry = this.entries[slot];
    if (entry == null || entry[0] !== lcount || entry[1] !== dcount || this.bits[slot]! < 0) return -1;
    let at = 2;
    for (let i = 0; i < lcount; i++, at += 2) {
      const n = lsyms[i]!;
      if (entry[at] !== n || entry[at + 1] !== ltree[n * 2]) return -1;
    }
    for (let i = 0; i < dcount; i++, at += 2) {
      const n = dsyms[i]!;
      if (entry[at] !== n || entry[at + 1] !== dtree[n * 2]) return -1;
    }
    return this.bits[slot]!;
  }

  /** Takes the histogram `recall` just missed (before any tree is built: building adds nodes to it); false if too big to keep. */
  keep(ltree: Uint16Array, lsyms: Uint16Array, lcount: number, dtree: Uint16Array, dsyms: Uint16Array, dcount: number): boolean {
    if (lcount + dcount > MAX_SYMBOLS) return false;
    const slot = this.slot;
    let entry = this.entries[slot];
    const size = 2 + 2 * (lcount + dcount);
    if (entry == null || entry.length < size) entry = this.entries[slot] = new Uint16Array(size);
    entry[0] = lcount;
    entry[1] = dcount;
    let at = 2;
    for (let i = 0; i < lcount; i++, at += 2) {
      const n = lsyms[i]!;
      entry[at] = n;
      entry[at + 1] = ltree[n * 2]!;
    }
    for (let i = 0; i < dcount; i++, at += 2) {
      const n = dsyms[i]!;
      entry[at] = n;
      entry[at + 1] = dtree[n * 2]!;
    }
    // Not usable until its size is known (`size`).
    this.bits[slot] = -1;
    return true;
  }

  /** The dynamic size of the histogram last kept. */
  size(bits: number): void {
    this.bits[this.slot] = bits;
  }
}
