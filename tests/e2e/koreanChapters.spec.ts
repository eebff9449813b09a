import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from '../support/consoleErrors';
import { compare as enCompare } from '../../src/i18n/en/compare';
import { compare as koCompare } from '../../src/i18n/ko/compare';
import { live as enLive } from '../../src/i18n/en/live';
import { live as koLive } from '../../src/i18n/ko/live';
import { player as enPlayer } from '../../src/i18n/en/player';
import { player as koPlayer } from '../../src/i18n/ko/player';
import { terminal as enTerminal } from '../../src/i18n/en/terminal';
import { terminal as koTerminal } from '../../src/i18n/ko/terminal';
import { wsUi as enWsUi } from '../../src/i18n/en/wsUi';
import { wsUi as koWsUi } from '../../src/i18n/ko/wsUi';
import { wsUiHandshake as enWsUiHandshake } from '../../src/i18n/en/wsUiHandshake';
import { wsUiHandshake as koWsUiHandshake } from '../../src/i18n/ko/wsUiHandshake';

// The Korean twins of the WebSocket chapters, the frame lab, compare, live and terminal.
// Assertions read the DOM's text, never pixels: they pass with or without a Korean font.
const en = { ...enCompare, ...enLive, ...enPlayer, ...enTerminal, ...enWsUi, ...enWsUiHandshake };
const ko = { ...koCompare, ...koLive, ...koPlayer, ...koTerminal, ...koWsUi, ...koWsUiHandshake };

/** Each page, and one string its widget shows, to tell its first paint's language. */
const pages: readonly { path: string; widgetKey: string; facts?: false }[] = [
  { path: '/websocket', widgetKey: 'player.stepForward' },
  { path: '/websocket/handshake', widgetKey: 'wsui.hs.region' },
  { path: '/websocket/frames', widgetKey: 'wsui.gallery.pick' },
  { path: '/websocket/close', widgetKey: 'wsui.close.code' },
  { path: '/frame-lab', widgetKey: 'wsui.lab.mode.compose' },
  { path: '/compare', widgetKey: 'compare.presets' },
  { path: '/live', widgetKey: 'live.connect', facts: false },
  { path: '/terminal', widgetKey: 'term.session.send' },
];

/** Escapes what an HTML serializer escapes in text and attributes, so a string can be looked for in markup. */
const inMarkup = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Hangul syllables and all letters of the prose, without code, tables and widgets (hex, header names and opcodes stay Latin). */
async function proseLetters(page: Page): Promise<{ hangul: number; letters: number }> {
  return page.locator('.prose').evaluate((prose) => {
    const copy = prose.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('code, kbd, pre, table, astro-island, .wide, script').forEach((n) => n.remove());
    const text = copy.textContent ?? '';
    return { hangul: (text.match(/[\uAC00-\uD7A3]/g) ?? []).length, letters: (text.match(/\p{L}/gu) ?? []).length };
  });
}

/** The numbers of every `.fact` on the page, in document order. */
async function factNumbers(page: Page): Promise<string[]> {
  const facts = await page.locator('.fact').allInnerTexts();
  return facts.flatMap((text) => text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []);
}

/** Scrolls each island into view (they hydrate when visible) and waits until every one has hydrated. */
async function hydrateAll(page: Page): Promise<void> {
  const islands = page.locator('astro-island');
  const count = await islands.count();
  for (let i = 0; i < count; i++) {
    // An island is `display: contents` (no box of its own), so scroll to its first child.
    await islands.nth(i).evaluate((island) => island.firstElementChild?.scrollIntoView({ block: 'center' }));
    await expect.poll(() => islands.nth(i).evaluate((island) => island.hasAttribute('ssr')), { timeout: 15_000 }).toBe(false);
  }
}

for (const { path, widgetKey, facts } of pages) {
  test.describe(`/ko${path}`, () => {
    test('answers 200 in Korean: html lang, mostly Hangul prose, hreflang to both editions', async ({ page }) => {
      const errors = collectConsoleErrors(page);
      const response = await page.goto(`/ko${path}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', new RegExp(`${path}$`));
      const { hangul, letters } = await proseLetters(page);
      expect(hangul / letters).toBeGreaterThan(0.5);
      await hydrateAll(page);
      expect(errors).toEqual([]);
    });

    test('paints its widget in Korean from the server render on, and stays Korean after hydration', async ({ page, request }) => {
      const korean = inMarkup(ko[widgetKey]!);
      const english = inMarkup(en[widgetKey]!);
      const html = await (await request.get(`/ko${path}`)).text();
      const islandsHtml = html.match(/<astro-island[\s\S]*?<\/astro-island>/g)?.join('') ?? '';
      expect(islandsHtml).toContain(korean);
      expect(islandsHtml).not.toContain(english);

      await page.goto(`/ko${path}`);
      await hydrateAll(page);
      const hydrated = await page.locator('astro-island').evaluateAll((nodes) => nodes.map((n) => n.outerHTML).join(''));
      expect(hydrated).toContain(korean);
      expect(hydrated).not.toContain(english);
    });

    test('shows the same figures as its English twin, in the same order', async ({ page }) => {
      await page.goto(path);
      const english = await factNumbers(page);
      await page.goto(`/ko${path}`);
      const korean = await factNumbers(page);
      // Every page but /live quotes figures; an empty list would make the comparison vacuous.
      expect(english.length > 0).toBe(facts !== false);
      expect(korean).toEqual(english);
    });
  });
}

test('the misconception sections link their frame lab examples to the Korean frame lab, which decodes them', async ({ page }) => {
  await page.goto('/ko/websocket/frames');
  const links = page.locator('#myth-utf8 a[href^="/ko/frame-lab#hex="]');
  await expect(links).toHaveCount(3);
  await links.nth(2).click();
  await expect(page).toHaveURL(/\/ko\/frame-lab#hex=81040080feff&role=client/);
  await expect(page.locator('main astro-island').first()).toContainText('1007');
});
