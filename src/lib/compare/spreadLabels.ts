/** Moves label positions apart so no two are closer than `gap`, keeping their order and staying near where they were. */
export function spreadLabels(positions: readonly number[], gap: number): number[] {
  const order = positions.map((pos, index) => ({ pos, index })).sort((a, b) => a.pos - b.pos);
  const placed = order.map((o) => o.pos);
  for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i]!, placed[i - 1]! + gap);
  // Centre the pushed group on the original positions, so labels do not all drift one way.
  const shift = (placed.reduce((s, p) => s + p, 0) - order.reduce((s, o) => s + o.pos, 0)) / Math.max(1, placed.length);
  const out = new Array<number>(positions.length);
  order.forEach((o, i) => (out[o.index] = placed[i]! - shift));
  return out;
}
