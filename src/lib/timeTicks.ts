/** Roughly how many labelled ticks a time axis carries. */
export const TARGET_TICKS = 5;
// "Nice" tick steps: 1, 2 or 5 times a power of ten, as on any hand-drawn axis.
const NICE_MULTIPLIERS = [1, 2, 5, 10] as const;
const EPSILON = 1e-9;
const SIGNIFICANT_DIGITS = 12;

/** Round-numbered tick times inside [from, to], about `target` of them. */
export function timeTicks(from: number, to: number, target: number = TARGET_TICKS): number[] {
  const span = to - from;
  if (!(span > 0) || !Number.isFinite(span) || target < 1) return [];
  const step = tickStep(span, target);
  const ticks: number[] = [];
  // Counting whole steps (and trimming float noise like 3 × 0.2 = 0.6000000000000001) keeps labels clean.
  const first = Math.ceil(from / step - EPSILON);
  const last = Math.floor(to / step + EPSILON);
  for (let k = first; k <= last; k++) ticks.push(Number((k * step).toPrecision(SIGNIFICANT_DIGITS)));
  return ticks;
}

/** The round tick step (1, 2 or 5 × a power of ten) that cuts `span` into about `target` pieces. */
export function tickStep(span: number, target: number = TARGET_TICKS): number {
  const rough = span / target;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  return magnitude * NICE_MULTIPLIERS.find((m) => m * magnitude >= rough)!;
}
