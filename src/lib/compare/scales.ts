/**
 * The two scales the compare charts need, hand-written (a few lines each, so no
 * charting dependency): a linear one for time and latency, a log10 one for the
 * scale calculator, where clients and bits per second span five decades.
 */

/** Maps [d0, d1] onto [r0, r1] linearly; a zero-width domain maps everything to r0. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (x: number) => number {
  const span = d1 - d0;
  return (x) => (span === 0 ? r0 : r0 + ((x - d0) / span) * (r1 - r0));
}

/** Maps [d0, d1] (both > 0) onto [r0, r1] by log10; values ≤ 0 clamp to r0. */
export function logScale(d0: number, d1: number, r0: number, r1: number): (x: number) => number {
  const l0 = Math.log10(d0);
  const span = Math.log10(d1) - l0;
  return (x) => (x <= 0 || span === 0 ? r0 : r0 + ((Math.log10(x) - l0) / span) * (r1 - r0));
}

/** Round tick values from 0 up to at least `max`: steps of 1, 2 or 5 × 10^k, about `count` of them. */
export function linearTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** Powers of ten covering [min, max] (min > 0): the decades a log axis labels. */
export function logTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) ticks.push(10 ** e);
  return ticks;
}
