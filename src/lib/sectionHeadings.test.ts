import { describe, expect, it } from 'vitest';
import { sectionHeadings, slugify } from './sectionHeadings';

describe('sectionHeadings', () => {
  it('gives each h2 without an id one made from its text and lists them in order', () => {
    const { html, headings } = sectionHeadings('<h2>Both directions</h2><p>x</p><h2 class="a">ws:// and <code>wss://</code></h2>');
    expect(headings).toEqual([{ id: 'both-directions', html: 'Both directions' }, { id: 'ws-and-wss', html: 'ws:// and wss://' }]);
    expect(html).toBe('<h2 id="both-directions">Both directions</h2><p>x</p><h2 class="a" id="ws-and-wss">ws:// and <code>wss://</code></h2>');
  });

  it('keeps an id the heading already has', () => {
    expect(sectionHeadings('<h2 id="misconceptions">Common misconceptions</h2>').headings).toEqual([{ id: 'misconceptions', html: 'Common misconceptions' }]);
  });

  it('never reuses an id already on the page', () => {
    const { headings } = sectionHeadings('<div id="close"></div><h2>Close</h2><h2>Close</h2>');
    expect(headings.map((h) => h.id)).toEqual(['close-2', 'close-3']);
  });

  it('leaves the headings inside a widget alone', () => {
    const input = '<h2>Page</h2><astro-island uid="1"><astro-island uid="2"></astro-island><h2>Widget</h2></astro-island><h2>After</h2>';
    const { html, headings } = sectionHeadings(input);
    expect(headings.map((h) => h.html)).toEqual(['Page', 'After']);
    expect(html).toContain('<h2>Widget</h2>');
  });

  it('makes readable ids from Korean headings', () => {
    expect(slugify('양방향, 언제든지')).toBe('양방향-언제든지');
  });
});
