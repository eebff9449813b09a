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

  it('makes a ready module resolve only after its area’s Korean strings are loaded', async () => {
    document.documentElement.lang = 'ko';
    await import('./ready/compare');
    expect(t('compare.name', undefined, 'ko')).toBe('비교');
  });
});
