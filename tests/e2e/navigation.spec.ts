/**
 * Finding your way on a phone and through the lessons: the header's menu by keyboard at 390 px, the previous/next
 * links as one chain through every lesson page (both languages), and no page wider than a 390 px screen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { scrollThrough } from '../support/cspViolations';
import { distDir, sitePagePaths } from '../support/sitePagePaths';

const pages = sitePagePaths();
/** Lesson pages: the ones the build rendered with the lesson layout (read from dist, so new lessons count too). */
const lessons = pages.filter((path) => /<article class="lesson"/.test(readFileSync(join(distDir, path, 'index.html'), 'utf8')));
const phone = { width: 390, height: 844 };

test.describe('the header menu on a phone', () => {
  test.use({ viewport: phone });

  test('opens with the keyboard, shows the lessons, and closes with Escape', async ({ page }) => {
    await page.goto('/polling');
    // The menu button is the summary of a <details> (no JS needed): its expanded state is the details' `open`.
    const menu = page.locator('.site-header summary', { hasText: 'Menu' });
    const expanded = () => page.locator('.site-header details.menu').evaluate((el) => (el as HTMLDetailsElement).open);
    const nav = page.getByRole('navigation', { name: 'Lessons' });
    await expect(menu).toBeVisible();
    await expect(nav).toBeHidden();
    expect(await expanded()).toBe(false);
    // Tab from the top of the page until the menu button has focus: it is reachable by keyboard alone.
    for (let i = 0; i < 6 && !(await menu.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    await expect(menu).toBeFocused();
    await page.keyboard.press('Enter');
    expect(await expanded()).toBe(true);
    await expect(nav).toBeVisible();
    await page.keyboard.press('Tab');
    // The first lesson in reading order (the ground floor: sockets) takes focus first.
    await expect(nav.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();
    expect(await expanded()).toBe(false);
    await page.keyboard.press('Space');
    await expect(nav).toBeVisible();
  });

  test('marks WebSocket, not a link of its own, on the frame lab', async ({ page }) => {
    await page.goto('/ko/frame-lab');
    await page.locator('.site-header summary', { hasText: '메뉴' }).click();
    const nav = page.getByRole('navigation', { name: '레슨' });
    await expect(nav.locator('[aria-current="page"]')).toHaveText('웹소켓');
  });

  test('keeps the links on one line beside the brand on a wide screen, with no menu button', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/polling');
    await expect(page.locator('.site-header summary')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeVisible();
  });
});

for (const lang of ['en', 'ko'] as const) {
  test(`previous/next links walk every ${lang} lesson once, in one chain`, async ({ page }) => {
    const own = lessons.filter((path) => (lang === 'ko') === path.startsWith('/ko/'));
    expect(own.length).toBeGreaterThanOrEqual(10);
    // The first page is the one no page points forward to.
    const pointedTo = new Set<string>();
    for (const path of own) {
      const next = readFileSync(join(distDir, path, 'index.html'), 'utf8').match(/<a class="next" rel="next" href="([^"]+)"/);
      if (next) pointedTo.add(next[1]!);
    }
    const starts = own.filter((path) => !pointedTo.has(path));
    expect(starts).toHaveLength(1);
    const visited: string[] = [];
    let path: string | null = starts[0]!;
    while (path) {
      await page.goto(path);
      visited.push(path);
      const pager = page.locator('nav.pager');
      if (visited.length > 1) await expect(pager.locator('a[rel="prev"]')).toHaveAttribute('href', visited.at(-2)!);
      const next = pager.locator('a[rel="next"]');
      path = (await next.count()) > 0 ? await next.getAttribute('href') : null;
      expect(visited.length).toBeLessThanOrEqual(own.length);
    }
    expect([...visited].sort()).toEqual([...own].sort());
  });
}

test.describe('no horizontal scrolling at 390 px', () => {
  test.use({ viewport: phone });
  for (const path of pages) {
    test(`${path} is no wider than the screen, before and after its widgets hydrate`, async ({ page }) => {
      // clientWidth, not innerWidth: stricter where a classic scrollbar takes room from the viewport.
      const width = () =>
        page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const served = await width();
      expect(served.scrollWidth, `${path} as served: ${served.scrollWidth} px wide in a ${served.clientWidth} px viewport`).toBeLessThanOrEqual(served.clientWidth);
      // Islands below the fold hydrate when scrolled to; a widget may only overflow once it has rendered on the client.
      await scrollThrough(page);
      await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 10_000 });
      const hydrated = await width();
      expect(hydrated.scrollWidth, `${path} hydrated: ${hydrated.scrollWidth} px wide in a ${hydrated.clientWidth} px viewport`).toBeLessThanOrEqual(hydrated.clientWidth);
    });
  }
});
