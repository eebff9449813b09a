import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ANY_WEBSOCKET_MARKER, RUNTIME_STYLES_MARKER, hashSource, inlineContent } from './inlineContent';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('hashSource', () => {
  it('hashes the UTF-8 bytes as CSP expects', () => {
    // The example of CSP3 §8.3: alert('Hello, world.');
    expect(hashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
    expect(hashSource('한')).toBe(sha('한'));
  });
});

describe('inlineContent', () => {
  const html = [
    '<!doctype html><html><head>',
    '<script type="module" src="/_astro/page.js"></script>',
    '<script>(()=>{self.Astro={}})()</script>',
    '<style>astro-island{display:contents}</style>',
    '<style media="screen">.a{color:red}</style>',
    '</head><body>',
    '<span style="grid-column: 2 / span 8;">a</span><i style=\'--x: 1\'>b</i><b style="font-family: &quot;Mono&quot;">c</b>',
    '<span style="grid-column: 2 / span 8;">again</span>',
    '<script>(()=>{self.Astro={}})()</script>',
    '</body></html>',
  ].join('\n');
  const content = inlineContent(html);

  it('hashes inline scripts once each and skips scripts with src', () => {
    expect(content.scripts).toEqual([sha('(()=>{self.Astro={}})()')]);
  });

  it('hashes inline stylesheets', () => {
    expect(content.styles).toEqual([sha('astro-island{display:contents}'), sha('.a{color:red}')]);
  });

  it('hashes style attributes as the browser decodes them', () => {
    expect(content.styleAttributes).toEqual([sha('grid-column: 2 / span 8;'), sha('--x: 1'), sha('font-family: "Mono"')]);
  });

  it('notices the markers of components that need more', () => {
    expect(content.runtimeStyles).toBe(false);
    expect(content.anyWebSocket).toBe(false);
    const marked = inlineContent(`<div ${RUNTIME_STYLES_MARKER}></div><section ${ANY_WEBSOCKET_MARKER}></section>`);
    expect(marked.runtimeStyles).toBe(true);
    expect(marked.anyWebSocket).toBe(true);
  });
});
