import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashSource } from './inlineContent';
import { pathsOfFile, sitePages } from './sitePages';

describe('pathsOfFile', () => {
  it('gives the paths sirv serves a directory page under', () => {
    expect(pathsOfFile('index.html')).toEqual(['/', '/index.html']);
    expect(pathsOfFile('websocket/frames/index.html')).toEqual(['/websocket/frames/', '/websocket/frames', '/websocket/frames/index.html']);
    expect(pathsOfFile('404.html')).toEqual(['/404.html', '/404']);
  });
});

describe('sitePages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'socket-lab-pages-'));
  mkdirSync(join(dir, 'ko', 'polling'), { recursive: true });
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, 'index.html'), '<script>home()</script>');
  writeFileSync(join(dir, 'ko', 'polling', 'index.html'), '<script>ko()</script>');
  writeFileSync(join(dir, '_astro', 'page.js'), 'x()');
  const pages = sitePages(dir);

  it('reads every page under the site, nested ones too', () => {
    expect(pages.size).toBe(2);
    expect(pages.pageAt('/')?.scripts).toEqual([hashSource('home()')]);
    expect(pages.pageAt('/ko/polling')?.scripts).toEqual([hashSource('ko()')]);
    expect(pages.pageAt('/ko/polling/')?.scripts).toEqual([hashSource('ko()')]);
  });

  it('finds a page under a percent-encoded path, and nothing under a malformed one', () => {
    expect(pages.pageAt('/%6Bo/polling')?.scripts).toEqual([hashSource('ko()')]);
    expect(pages.pageAt('/%E0%A4%A')).toBeNull();
  });

  it('has no page for a file that is not HTML', () => {
    expect(pages.pageAt('/_astro/page.js')).toBeNull();
  });

  it('reads a missing site as no pages', () => {
    expect(sitePages(join(dir, 'missing')).size).toBe(0);
  });
});
