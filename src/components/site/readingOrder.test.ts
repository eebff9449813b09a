import { describe, expect, it } from 'vitest';
import { navItems } from './navItems';
import { headerItems, neighbours, readingOrder, sectionOf } from './readingOrder';

describe('readingOrder', () => {
  it('lists every nav item and every chapter exactly once', () => {
    const hrefs = readingOrder.map((s) => s.href);
    const expected = new Set([...navItems.map((i) => i.href), ...navItems.flatMap((i) => (i.chapters ?? []).map((c) => c.href))]);
    expect(new Set(hrefs)).toEqual(expected);
    expect(hrefs.length).toBe(expected.size);
  });

  it('puts the WebSocket chapters, frame lab last, right after the WebSocket overview', () => {
    const hrefs = readingOrder.map((s) => s.href);
    const start = hrefs.indexOf('/websocket');
    expect(hrefs.slice(start, start + 5)).toEqual(['/websocket', '/websocket/handshake', '/websocket/frames', '/websocket/close', '/frame-lab']);
  });

  it('files the frame lab under WebSocket and leaves it out of the header', () => {
    expect(sectionOf('/frame-lab')).toBe('/websocket');
    expect(sectionOf('/websocket/close')).toBe('/websocket');
    expect(headerItems.map((i) => i.href)).not.toContain('/frame-lab');
  });

  it('names the lesson page by the lesson, not by its first chapter', () => {
    expect(readingOrder.find((s) => s.href === '/websocket')?.label).toBe('ui.nav.websocket');
  });

  it('links streaming forward to WebSocket and gives the ends one neighbour each', () => {
    expect(neighbours('/streaming').next?.href).toBe('/websocket');
    expect(neighbours(readingOrder[0]!.href).previous).toBeUndefined();
    expect(neighbours(readingOrder.at(-1)!.href).next).toBeUndefined();
    expect(neighbours('/glossary')).toEqual({});
  });
});
