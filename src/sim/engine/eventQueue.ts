/**
 * A binary min-heap ordered by (time, sequence). The sequence number is the
 * insertion count, so two entries at the same simulated time always come out in
 * the order they went in: the simulation is deterministic without relying on
 * the heap's internal layout.
 */

const INITIAL_CAPACITY = 64;

/** Priority queue of simulation events keyed by simulated time, FIFO among equal times. */
export class EventQueue<T> {
  // Parallel arrays instead of one object per entry: no allocation per push. Times and sequence numbers sit in
  // typed arrays: a plain number array is small-integer, then double, as the times come, and each change of kind
  // deoptimised the scenario loops that had the queue inlined.
  private times = new Float64Array(INITIAL_CAPACITY);
  private seqs = new Float64Array(INITIAL_CAPACITY);
  private readonly items: (T | undefined)[] = [];
  private count = 0;
  private nextSeq = 0;

  /** Number of queued entries. */
  get size(): number {
    return this.count;
  }

  /** Time of the earliest entry, or Infinity when empty. */
  peekTime(): number {
    return this.count > 0 ? this.times[0]! : Infinity;
  }

  /** Adds `item` to run at `time`. */
  push(time: number, item: T): void {
    const seq = this.nextSeq++;
    let i = this.count;
    if (i === this.times.length) this.grow();
    if (i === this.items.length) this.items.push(item);
    this.count = i + 1;
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
    const n = this.count;
    if (n === 0) return undefined;
    const item = this.items[0];
    const last = n - 1;
    const lastTime = this.times[last]!;
    const lastSeq = this.seqs[last]!;
    const lastItem = this.items[last];
    // The vacated slot lets go of its item (the queue must not keep delivered events alive).
    this.items[last] = undefined;
    this.count = last;
    if (last > 0) this.siftDown(lastTime, lastSeq, lastItem);
    return item;
  }

  private grow(): void {
    const times = new Float64Array(this.times.length * 2);
    times.set(this.times);
    this.times = times;
    const seqs = new Float64Array(this.seqs.length * 2);
    seqs.set(this.seqs);
    this.seqs = seqs;
  }

  private siftDown(time: number, seq: number, item: T | undefined): void {
    const n = this.count;
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
    this.items[to] = this.items[from];
  }

  private place(i: number, time: number, seq: number, item: T | undefined): void {
    this.times[i] = time;
    this.seqs[i] = seq;
    this.items[i] = item;
  }
}
