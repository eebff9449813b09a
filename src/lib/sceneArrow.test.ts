import { describe, expect, it } from 'vitest';
import { sceneArrow } from './sceneArrow';
import { pollingTimeline } from '../components/fixtures/pollingTimeline';

const get = pollingTimeline.transfers[0]!; // sent at 0, arrives at 50
const y = (t: number) => t;

describe('sceneArrow', () => {
  it('stops a travelling arrow at its progress', () => {
    const arrow = sceneArrow(get, 'client', 0, 200, y, 25, false);
    expect([arrow.flying, arrow.x2, arrow.y2]).toEqual([true, 100, 25]);
    expect(arrow.label).not.toBeNull();
  });

  it('draws a travelling arrow whole with reduced motion', () => {
    const arrow = sceneArrow(get, 'client', 0, 200, y, 25, true);
    expect([arrow.flying, arrow.x2, arrow.y2]).toEqual([true, 200, 50]);
  });

  it('labels an arrow only once it is half-way', () => {
    expect(sceneArrow(get, 'client', 0, 200, y, 20, false).label).toBeNull();
  });

  it('puts the arrowhead tip on the head of the line', () => {
    const arrow = sceneArrow(get, 'client', 0, 200, y, 50, false);
    expect(arrow.head.split(' ')[1]).toBe('200.0,50.0');
  });

  it('turns the label of a leftward arrow to read left to right', () => {
    const arrow = sceneArrow(get, 'server', 200, 0, y, 50, false);
    expect(Math.abs(arrow.label!.angle)).toBeLessThan(90);
  });
});
