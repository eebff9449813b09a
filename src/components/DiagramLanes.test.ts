// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderComponent as render } from './fixtures/renderComponent';
import DiagramLanes from './DiagramLanes.svelte';
import type { SceneLane } from '../lib/diagramScene';

interface Tag {
  x: number;
  y: number;
  width: number;
  height: number;
}

function tags(container: HTMLElement): Tag[] {
  return [...container.querySelectorAll('rect.tag')].map((rect) => ({
    x: Number(rect.getAttribute('x')),
    y: Number(rect.getAttribute('y')),
    width: Number(rect.getAttribute('width')),
    height: Number(rect.getAttribute('height')),
  }));
}

const overlap = (a: Tag, b: Tag) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

// The STOMP lesson on a phone: three clients and the broker in a 340-unit-wide diagram.
const names = new Map([['client-1', '1번 클라이언트'], ['client-2', '2번 클라이언트'], ['client-3', '3번 클라이언트'], ['broker', '브로커']]);
const crowded: SceneLane[] = [...names.keys()].map((id, i) => ({ id, role: id === 'broker' ? 'server' : 'client', x: 142 + i * 49.3 }));

describe('DiagramLanes', () => {
  it('staggers the name tags of lanes closer than a tag, so none overlaps another or leaves the diagram', () => {
    const { container } = render(DiagramLanes, { lanes: crowded, names, top: 64, bottom: 400, right: 340 });
    const boxes = tags(container);
    expect(boxes).toHaveLength(4);
    for (let i = 0; i < boxes.length; i++) {
      expect(boxes[i]!.x).toBeGreaterThanOrEqual(0);
      expect(boxes[i]!.x + boxes[i]!.width).toBeLessThanOrEqual(340);
      // Wide enough for "1번 클라이언트" at 12 px (about 83 units) with a little air.
      expect(boxes[i]!.width).toBeGreaterThanOrEqual(88);
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
    }
  });

  it('keeps one row of full-size tags when the lanes are far apart', () => {
    const lanes: SceneLane[] = [{ id: 'client', role: 'client', x: 217 }, { id: 'server', role: 'server', x: 595 }];
    const { container } = render(DiagramLanes, { lanes, names: new Map([['client', 'Client'], ['server', 'Server']]), top: 64, bottom: 400, right: 720 });
    expect(tags(container).map((tag) => [tag.y, tag.width])).toEqual([[14, 104], [14, 104]]);
  });
});
