/** An axis-aligned box (x, y: top left corner). */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A label to place: its size and the centres it may take, best first. */
export interface LabelRequest {
  readonly width: number;
  readonly height: number;
  readonly centres: readonly (readonly [x: number, y: number])[];
}

// Boxes are bucketed by height bands, so a label is only tested against its neighbours.
const BUCKET = 32;

/**
 * Places labels in order (earlier ones win): each takes its first centre whose box, pushed sideways inside
 * `bounds`, lies within them top to bottom (pushed down, a label over an arrow's start would sit on the arrow)
 * and overlaps no label placed before and none of the `taken` boxes; a label with no such centre gets null. So no two returned boxes overlap and none lies outside `bounds`.
 */
export function labelLayout(requests: readonly LabelRequest[], bounds: Box, taken: readonly Box[] = []): (Box | null)[] {
  const buckets = new Map<number, Box[]>();
  const add = (box: Box) => {
    for (let b = Math.floor(box.y / BUCKET); b <= Math.floor((box.y + box.height) / BUCKET); b++) {
      const list = buckets.get(b);
      if (list) list.push(box);
      else buckets.set(b, [box]);
    }
  };
  taken.forEach(add);
  const right = bounds.x + bounds.width;
  const bottom = bounds.y + bounds.height;
  return requests.map(({ width, height, centres }) => {
    if (width > bounds.width || height > bounds.height) return null;
    for (const [cx, cy] of centres) {
      const box = {
        x: Math.min(right - width, Math.max(bounds.x, cx - width / 2)),
        y: cy - height / 2,
        width,
        height,
      };
      if (box.y < bounds.y || box.y + height > bottom) continue;
      const first = Math.floor(box.y / BUCKET);
      const last = Math.floor((box.y + height) / BUCKET);
      let free = true;
      for (let b = first; b <= last && free; b++) free = !buckets.get(b)?.some((other) => overlaps(box, other));
      if (!free) continue;
      add(box);
      return box;
    }
    return null;
  });
}

/** True when two boxes share more than an edge. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
