import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { localizedPath } from '../../src/i18n/localizedPath';
import { collectConsoleErrors } from '../support/consoleErrors';
import { englishPages, koreanPages, twinKey } from '../support/sitePages';

// Assertions read the DOM's text, never pixels: they pass whether or not the machine has a Korean font.
const HANGUL = /[\uAC00-\uD7A3\u3131-\u318E]/gu;
const LETTER = /\p{L}/gu;

/** Hangul's share of the letters of `text` (0 when there are none). */
function hangulShare(text: string): number {
  const letters = text.match(LETTER)?.length ?? 0;
  return letters === 0 ? 0 : (text.match(HANGUL)?.length ?? 0) / letters;
}

/** The prose of the page: headings, paragraphs, list items, definitions — outside widgets and code. */
async function proseText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    for (const el of document.querySelectorAll('main :is(h1, h2, h3, p, li, dt, dd, th, td, aside)')) {
      if (el.closest('astro-island, pre, noscript')) continue;
      // Only the element's own text (children that are themselves prose elements count once, on their own).
      const clone = el.cloneNode(true) as Element;
      clone.querySelectorAll('code, kbd, pre, p, li, dt, dd, ul, ol, table').forEach((child) => child.remove());
      parts.push(clone.textContent ?? '');
    }
    return parts.join(' ');
  });
}

/** The figures a page marks as facts, in order, as the numbers they show (“1,234.5 ms” → “1234.5”). */
async function factNumbers(request: APIRequestContext, path: string): Promise<string[]> {
  const html = await (await request.get(path)).text();
  const spans = [...html.matchAll(/<span class="fact"[^>]*>([\s\S]*?)<\/span>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
  return spans.flatMap((text) => (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, '')));
}

test.describe('the site map has a Korean twin for every page', () => {
  test('every English page has a Korean twin, and every Korean page an English one', () => {
    // Until every chapter's Korean page has landed, this names the missing twins.
    const korean = new Set(koreanPages.map(twinKey));
    const english = new Set(englishPages);
    expect(englishPages.filter((p) => !korean.has(p)).map((p) => localizedPath(p, 'ko'))).toEqual([]);
    expect(koreanPages.filter((p) => !english.has(twinKey(p)))).toEqual([]);
  });
});

for (const path of koreanPages) {
  test.describe(`${path}`, () => {
    test('answers 200 in Korean: <html lang="ko">, mostly Hangul prose, hreflang both ways, no console errors', async ({ page }) => {
      const errors = collectConsoleErrors(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
      const prose = await proseText(page);
      expect(prose.match(LETTER)?.length ?? 0).toBeGreaterThan(20);
      expect(hangulShare(prose)).toBeGreaterThan(0.5);

      const english = localizedPath(path, 'en');
      await expect(page.locator('link[rel="alternate"][hreflang="ko"]')).toHaveAttribute('href', localizedPath(path, 'ko'));
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', english);
      await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', english);
      // Navigation stays in the Korean edition.
      const navHrefs = await page.locator('header nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(navHrefs.length).toBeGreaterThan(0);
      for (const href of navHrefs) expect(href).toMatch(/^\/ko\//);
      await expect(page.locator('a[data-lang-switch]')).toHaveAttribute('href', english);
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
    });

    test('shows the same figures as its English twin, in the same order', async ({ request }) => {
      const english = await factNumbers(request, localizedPath(path, 'en'));
      const korean = await factNumbers(request, path);
      expect(korean).toEqual(english);
    });

    test('renders its widgets in Korean before any script runs (the server HTML)', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      const islands = await page.locator('astro-island').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).innerText));
      for (const text of islands) {
        if ((text.match(LETTER)?.length ?? 0) < 10) continue; // an island that renders nothing until it loads
        expect(text).toMatch(HANGUL);
      }
      await context.close();
    });
  });
}

for (const path of englishPages) {
  test(`${path} links to its Korean twin with hreflang`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    expect(html).toContain(`<html lang="en"`);
    expect(html).toContain(`hreflang="ko" href="${localizedPath(path, 'ko')}"`);
    expect(html).toContain(`hreflang="x-default" href="${localizedPath(path, 'en')}"`);
  });
}

test.describe('the lesson widget on a Korean page', () => {
  test('paints Korean from the first frame: the server HTML has Korean labels and no English ones', async ({ request }) => {
    const html = await (await request.get('/ko/polling')).text();
    const island = html.slice(html.indexOf('<astro-island'), html.indexOf('</astro-island>'));
    expect(island).toContain('폴링 간격');
    expect(island).toContain('단방향 지연 시간');
    expect(island).not.toContain('Poll interval');
    expect(island).not.toContain('One-way latency');
  });

  test('stays Korean when it hydrates, and works', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    // Record every label text the knob shows from the first paint on, to catch an English flash during hydration.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __labels: string[] }).__labels = seen;
      new MutationObserver(() => {
        const label = document.querySelector('.lesson-widget label');
        if (label && seen[seen.length - 1] !== label.textContent) seen.push(label.textContent ?? '');
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto('/ko/polling');
    await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', '');
    await expect(page.getByLabel('폴링 간격')).toBeVisible();
    await page.locator('.player-region').first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.readout').first()).toContainText('단계 1 /');
    const labels = await page.evaluate(() => (window as unknown as { __labels: string[] }).__labels);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(HANGUL);
    expect(errors).toEqual([]);
  });
});

test.describe('the language switch', () => {
  test('goes to the same page in the other language and back, keeping #step, and remembers the choice', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/long-polling#step=6');
    await expect(page.locator('.readout').first()).toContainText(/step 6 \//);
    const toKorean = page.locator('a[data-lang-switch]');
    await expect(toKorean).toHaveText(/한국어/);
    await toKorean.click();
    await expect(page).toHaveURL(/\/ko\/long-polling#step=6$/);
    await expect(page.locator('.readout').first()).toContainText(/단계 6 \//);
    expect(await page.evaluate(() => localStorage.getItem('socket-lab:lang'))).toBe('ko');

    // Move on in the Korean widget: the switch carries the new position, not the one the page opened at.
    await page.locator('.player-region').first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#step=7$/);
    await page.locator('a[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/long-polling#step=7$/);
    await expect(page).not.toHaveURL(/\/ko\//);
    await expect(page.locator('.readout').first()).toContainText(/step 7 \//);
    expect(await page.evaluate(() => localStorage.getItem('socket-lab:lang'))).toBe('en');
    expect(errors).toEqual([]);
  });

  test('works without JavaScript: a plain link to the twin', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ko/');
    await page.locator('a[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });
});

test.describe('the English home page offers the Korean edition', () => {
  test.describe('to a browser that prefers Korean', () => {
    test.use({ locale: 'ko-KR' });
    test('as a visible link, without redirecting', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/$/);
      const offer = page.locator('[data-korean-offer]');
      await expect(offer).toBeVisible();
      await expect(offer.getByRole('link')).toHaveAttribute('href', '/ko/');
    });

    test('but not once the reader chose English with the switch', async ({ page }) => {
      await page.goto('/ko/');
      await page.locator('a[data-lang-switch]').click();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.locator('[data-korean-offer]')).toBeHidden();
    });
  });

  test.describe('to no other browser', () => {
    test.use({ locale: 'en-US' });
    test('keeps the offer hidden', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('[data-korean-offer]')).toBeHidden();
    });
  });
});

test.describe('the glossary', () => {
  test('/ko/glossary lists the README terms with their English names, and its links open existing pages', async ({ page, request }) => {
    await page.goto('/ko/glossary');
    for (const term of ['양방향 통신', '실시간 네트워킹', '핸드셰이크', '프레임', '메시지', '하위 프로토콜']) {
      await expect(page.locator('dfn', { hasText: term }).first()).toBeVisible();
    }
    const hrefs = await page.locator('.glossary a').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!.split('#')[0]!))]);
    for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  });

  test('a step link opens the widget at that step', async ({ page }) => {
    await page.goto('/glossary#long-polling');
    const link = page.locator('#long-polling a[data-step]');
    const step = await link.getAttribute('data-step');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/long-polling#step=${step}$`));
    await expect(page.locator('.readout').first()).toContainText(`step ${step} /`);
  });
});

test.describe('the Embed dialog', () => {
  test('lets the teacher pick the widget language: the snippet follows it', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/polling');
    await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', '');
    await page.getByRole('button', { name: 'Embed' }).click();
    const snippet = page.locator('dialog textarea');
    await expect(snippet).not.toHaveValue(/lang=ko/);
    await page.getByLabel('Widget language').selectOption('ko');
    await expect(snippet).toHaveValue(/\/embed\/polling\?[^"]*lang=ko/);
    await expect(snippet).toHaveValue(/title="Socket Lab: 폴링"/);
    await page.getByLabel('Widget language').selectOption('en');
    await expect(snippet).not.toHaveValue(/lang=ko/);
    expect(errors).toEqual([]);
  });

  test('on a Korean page it starts at Korean', async ({ page }) => {
    await page.goto('/ko/polling');
    await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', '');
    await page.getByRole('button', { name: '임베드' }).click();
    await expect(page.getByLabel('위젯 언어')).toHaveValue('ko');
    await expect(page.locator('dialog textarea')).toHaveValue(/lang=ko/);
  });
});

test.describe('a missing page', () => {
  test('under /ko/ gets the Korean 404 page', async ({ page }) => {
    const response = await page.goto('/ko/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.locator('h1')).toHaveText('페이지를 찾을 수 없습니다');
  });
});
