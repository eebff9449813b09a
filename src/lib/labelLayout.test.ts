import { describe, expect, it } from 'vitest';
import { createPrng } from '../sim';
import { labelLayout, overlaps, type Box, type LabelRequest } from './labelLayout';

const bounds: Box = { x: 80, y: 0, width: 600, height: 400 };

function inside(box: Box, outer: Box): boolean {
  return box.x >= outer.x && box.y >= outer.y && box.x + box.width <= outer.x + outer.width && box.y + box.height <= outer.y + outer.height;
}

describe('labelLayout', () => {
  it('places a lone label at its first centre', () => {
    expect(labelLayout([{ width: 100, height: 14, centres: [[300, 200]] }], bounds)).toEqual([{ x: 250, y: 193, width: 100, height: 14 }]);
  });

  it('takes the next centre when the first would cross the top edge, as above a message sent at 0 ms', () => {
    const [box] = labelLayout([{ width: 100, height: 14, centres: [[300, -3], [300, 20]] }], bounds);
    expect(box).toEqual({ x: 250, y: 13, width: 100, height: 14 });
  });

  it('pushes a label that would cross the left or right edge inside', () => {
    const [left, right] = labelLayout([
      { width: 100, height: 14, centres: [[90, 100]] },
      { width: 100, height: 14, centres: [[690, 300]] },
    ], bounds);
    expect(left!.x).toBe(80);
    expect(right!.x + right!.width).toBe(680);
  });

  it('moves a reply’s label to its next centre when the request’s label holds the first', () => {
    const [request, reply] = labelLayout([
      { width: 120, height: 14, centres: [[300, 20]] },
      { width: 120, height: 14, centres: [[300, 25], [300, 40]] },
    ], bounds);
    expect(request!.y).toBe(13);
    expect(reply!.y).toBe(33);
  });

  it('drops a label that has no free centre, and one larger than the plot', () => {
    const requests: LabelRequest[] = [
      { width: 120, height: 14, centres: [[300, 20]] },
      { width: 120, height: 14, centres: [[310, 22], [290, 18]] },
      { width: 700, height: 14, centres: [[300, 200]] },
    ];
    expect(labelLayout(requests, bounds).slice(1)).toEqual([null, null]);
  });

  it('never lets two of a thousand crowded labels overlap, nor any leave the plot', () => {
    const prng = createPrng(7);
    const random = () => prng.next();
    const requests: LabelRequest[] = Array.from({ length: 1000 }, () => {
      const x = 40 + random() * 700;
      const y = -20 + random() * 440;
      return { width: 60 + random() * 120, height: 14, centres: [[x, y], [x, y - 16], [x, y + 16], [x - 80, y]] };
    });
    const placed = labelLayout(requests, bounds).filter((box): box is Box => box !== null);
    expect(placed.length).toBeGreaterThan(50);
    for (const box of placed) expect(inside(box, bounds)).toBe(true);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!, placed[j]!)).toBe(false);
    }
  });

  it('keeps labels off the boxes already taken (a band of arrows too dense to label)', () => {
    const band: Box = { x: 100, y: 100, width: 400, height: 100 };
    const [over, beside] = labelLayout([
      { width: 80, height: 14, centres: [[300, 150]] },
      { width: 80, height: 14, centres: [[300, 150], [300, 220]] },
    ], bounds, [band]);
    expect(over).toBeNull();
    expect(beside).toEqual({ x: 260, y: 213, width: 80, height: 14 });
  });
});
