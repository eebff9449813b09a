// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { loadPageLanguage, t } from './index';

afterEach(() => {
  document.documentElement.lang = '';
});

// One file per module instance: this file's `t` starts with no Korean loaded.
describe('loadPageLanguage', () => {
  it('does nothing on an English page', async () => {
    document.documentElement.lang = 'en';
    await loadPageLanguage();
    expect(t('player.play', undefined, 'ko')).toBe('Play');
  });

  it('ignores a language the site does not have', async () => {
    document.documentElement.lang = 'fr';
    await loadPageLanguage();
    expect(t('player.play', undefined, 'ko')).toBe('Play');
  });

  it('loads the Korean strings on a page whose <html lang> is ko, so the first render can be Korean', async () => {
    document.documentElement.lang = 'ko';
    await loadPageLanguage();
    expect(t('player.play', undefined, 'ko')).toBe('재생');
  });

  it('loads an area registered later when called again (the renderer calls it before each island hydrates)', async () => {
    document.documentElement.lang = 'ko';
    const { t: tCompare } = await import('./compare');
    expect(tCompare('compare.name', undefined, 'ko')).toBe('Compare');
    await loadPageLanguage();
    expect(tCompare('compare.name', undefined, 'ko')).toBe('비교');
  });

  it('makes the terminal’s ready module resolve only after the terminal’s Korean strings are loaded', async () => {
    document.documentElement.lang = 'ko';
    await import('./ready/terminal');
    expect(t('term.session.label', undefined, 'ko')).toMatch(/[\uAC00-\uD7A3]/);
  });
});
