/**
 * The bytes a stream decoder has received but not yet read, kept as the chunks
 * they arrived in. Reads come off the front without copying whenever the bytes
 * sit in one chunk; indexes instead of shift() and subarray() keep byte-at-a-time
 * input linear and header reads allocation-free.
 */

const EMPTY = new Uint8Array(0);
// Consumed chunks are released in batches, so a long stream does not grow the array forever.
const COMPACT_AFTER = 64;
// The longest fixed-size read (a 64-bit length, RFC 6455 §5.2).
const MAX_TAKE = 8;

/** A FIFO of byte chunks, read from the front. */
export class ChunkQueue {
  private chunks: Uint8Array[] = [];
  private head = 0;
  private headPos = 0;
  private size = 0;
  private readonly scratch = new Uint8Array(MAX_TAKE);
  /** After `take`: the array holding the bytes just taken … */
  src: Uint8Array = EMPTY;
  /** … and where they start in it. */
  at = 0;
  /** After `consume`: true if the returned bytes are a fresh copy (safe to modify). */
  owned = false;

  /** Bytes waiting to be read. */
  get length(): number {
    return this.size;
  }

  /** Appends a chunk (kept by reference, never modified). */
  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.size += chunk.length;
  }

  /** Drops everything. */
  clear(): void {
    this.chunks = [];
    this.head = 0;
    this.headPos = 0;
    this.size = 0;
  }

  /** Takes the next `n` (≤ 8, all available) bytes, readable at `src[at …]` until the next call. */
  take(n: number): void {
    this.size -= n;
    const first = this.chunks[this.head]!;
    const pos = this.headPos;
    if (first.length - pos >= n) {
      this.src = first;
      this.at = pos;
      if ((this.headPos = pos + n) === first.length) this.dropHead();
      return;
    }
    this.gather(this.scratch, n);
    this.src = this.scratch;
    this.at = 0;
  }

  /** Takes the next `n` (available) bytes: a view when they sit in one chunk, otherwise a joined copy. */
  consume(n: number): Uint8Array {
    this.size -= n;
    if (n === 0) { this.owned = true; return EMPTY; }
    const first = this.chunks[this.head]!;
    const pos = this.headPos;
    if (first.length - pos >= n) {
      this.owned = false;
      if ((this.headPos = pos + n) === first.length) this.dropHead();
      return pos === 0 && n === first.length ? first : first.subarray(pos, pos + n);
    }
    const out = new Uint8Array(n);
    this.gather(out, n);
    this.owned = true;
    return out;
  }

  /** Copies the next `n` bytes, across chunks, into `out`. */
  private gather(out: Uint8Array, n: number): void {
    let filled = 0;
    while (filled < n) {
      const chunk = this.chunks[this.head]!;
      const pos = this.headPos;
      const count = Math.min(chunk.length - pos, n - filled);
      out.set(chunk.subarray(pos, pos + count), filled);
      filled += count;
      if ((this.headPos = pos + count) === chunk.length) this.dropHead();
    }
  }

  private dropHead(): void {
    this.headPos = 0;
    const head = ++this.head;
    if (head === this.chunks.length) {
      this.chunks = [];
      this.head = 0;
    } else if (head >= COMPACT_AFTER && head * 2 >= this.chunks.length) {
      this.chunks = this.chunks.slice(head);
      this.head = 0;
    }
  }
}
