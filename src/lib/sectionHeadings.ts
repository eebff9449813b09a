/**
 * The `<h2>`s of a page's rendered prose, for its table of contents: each gets an `id` (its own, or one made from its
 * text) and the list comes back with the HTML. Headings inside widgets (`<astro-island>`) are the widget's, not the
 * page's sections, so they are left alone.
 */

/** One section of the page: the anchor to link to and the heading's text as HTML (entities kept, tags dropped). */
export interface SectionHeading {
  readonly id: string;
  readonly html: string;
}

const H2 = /<h2(\s[^>]*)?>([\s\S]*?)<\/h2>/g;
const ISLAND_TAG = /<(\/?)astro-island\b/g;

/** [start, end) ranges of the top-level `<astro-island>` elements in `html`. */
function islandRanges(html: string): [number, number][] {
  const ranges: [number, number][] = [];
  let depth = 0;
  let start = 0;
  for (const match of html.matchAll(ISLAND_TAG)) {
    if (match[1] === '') {
      if (depth === 0) start = match.index;
      depth += 1;
    } else if (depth > 0) {
      depth -= 1;
      if (depth === 0) ranges.push([start, match.index]);
    }
  }
  return ranges;
}

/** "ws:// and wss://" → "ws-and-wss"; letters of any script are kept, so Korean headings get readable ids too. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/&[a-z0-9#]+;/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The prose with an id on every section heading, and the headings in order. */
export function sectionHeadings(html: string): { html: string; headings: SectionHeading[] } {
  const islands = islandRanges(html);
  const taken = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
  const headings: SectionHeading[] = [];
  const out = html.replace(H2, (whole, attrs: string | undefined, inner: string, offset: number) => {
    if (islands.some(([from, to]) => offset >= from && offset < to)) return whole;
    const text = inner.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
    const own = attrs?.match(/\sid="([^"]*)"/)?.[1];
    if (own) {
      headings.push({ id: own, html: text });
      return whole;
    }
    const base = slugify(text) || 'section';
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    headings.push({ id, html: text });
    return `<h2${attrs ?? ''} id="${id}">${inner}</h2>`;
  });
  return { html: out, headings };
}
