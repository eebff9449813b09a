/**
 * A binary min-heap ordered by (time, sequence). The sequence number is the
 * insertion count, so two entries at the same simulated time always come out in
 * the order they went in: the simulation is deterministic without relying on
 * the heap's internal layout.
 */

/** Priority queue of simulation events keyed by simulated time, FIFO among equal times. */
export class EventQueue<T> {
  // Parallel arrays instead of one object per entry: no allocation per push.
  private readonly times: number[] = [];
  private readonly seqs: number[] = [];
  private readonly items: T[] = [];
  private nextSeq = 0;

  /** Number of queued entries. */
  get size(): number {
    return this.items.length;
  }

  /** Time of the earliest entry, or Infinity when empty. */
  peekTime(): number {
    return this.items.length > 0 ? this.times[0]! : Infinity;
  }

  /** Adds `item` to run at `time`. */
  push(time: number, item: T): void {
    const seq = this.nextSeq++;
    let i = this.items.length;
    this.times.push(time);
    this.seqs.push(seq);
    this.items.push(item);
    // Sift up.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(time, seq, parent)) break;
      this.move(parent, i);
      i = parent;
    }
    this.place(i, time, seq, item);
  }

  /** Removes and returns the earliest item (ties: first pushed), or undefined when empty; read its time with `peekTime()` first. */
  pop(): T | undefined {
    const n = this.items.length;
    if (n === 0) return undefined;
    const item = this.items[0]!;
    const lastTime = this.times.pop()!;
    const lastSeq = this.seqs.pop()!;
    const lastItem = this.items.pop()!;
    if (n > 1) this.siftDown(lastTime, lastSeq, lastItem);
    return item;
  }

  private siftDown(time: number, seq: number, item: T): void {
    const n = this.items.length;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && this.before(this.times[right]!, this.seqs[right]!, left) ? right : left;
      if (this.before(time, seq, child)) break;
      this.move(child, i);
      i = child;
    }
    this.place(i, time, seq, item);
  }

  /** True when (time, seq) orders before the entry at index `j`. */
  private before(time: number, seq: number, j: number): boolean {
    const tj = this.times[j]!;
    return time < tj || (time === tj && seq < this.seqs[j]!);
  }

  private move(from: number, to: number): void {
    this.times[to] = this.times[from]!;
    this.seqs[to] = this.seqs[from]!;
    this.items[to] = this.items[from]!;
  }

  private place(i: number, time: number, seq: number, item: T): void {
    this.times[i] = time;
    this.seqs[i] = seq;
    this.items[i] = item;
  }
}
