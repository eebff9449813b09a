import { describe, expect, it } from 'vitest';
import { dotLayers } from './dotLayers';
import { markerPath } from './techniqueStyle';

const dots = Array.from({ length: 23 }, (_, k) => ({ x: k * 3, y: (k % 5) * 5 }));

describe('dotLayers', () => {
  it('draws every dot exactly once, in a few paths', () => {
    const paths = dotLayers(dots, 'circle', 6, 5);
    expect(paths).toHaveLength(4);
    const all = paths.join('');
    for (const dot of dots) expect(all.split(markerPath('circle', dot.x, dot.y, 6))).toHaveLength(2);
  });

  it('puts neighbours in a row into different paths, so overlapping dots still darken', () => {
    const paths = dotLayers(dots, 'square', 6, 5);
    const pathOf = (k: number) => paths.findIndex((path) => path.includes(markerPath('square', dots[k]!.x, dots[k]!.y, 6)));
    // Dots 0, 5, 10 and 15 share the first row.
    expect(new Set([0, 5, 10, 15].map(pathOf)).size).toBe(4);
  });

  it('draws no empty path', () => {
    expect(dotLayers(dots.slice(0, 3), 'diamond', 6, 5)).toHaveLength(1);
    expect(dotLayers([], 'diamond', 6, 5)).toEqual([]);
  });
});
