import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embedSnippet';

describe('embedSnippet', () => {
  it('yields an iframe with the src, an accessible title and the height listener', () => {
    const html = embedSnippet('https://lab.example/embed/polling?intervalMs=500&step=3', 'Socket Lab: Polling', 612.4);
    expect(html).toContain('<iframe src="https://lab.example/embed/polling?intervalMs=500&amp;step=3"');
    expect(html).toContain('title="Socket Lab: Polling"');
    expect(html).toContain('height="612"');
    expect(html).toContain("d.type!=='socket-lab:height'");
  });

  it('escapes quotes and angle brackets in attributes', () => {
    const html = embedSnippet('https://x/"><script>', 'a"b', 100);
    expect(html).not.toContain('"><script>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
    expect(html).toContain('title="a&quot;b"');
  });
});
