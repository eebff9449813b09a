/**
 * axe-core over the whole built site (every page and every embed, read from dist so new pages are covered without
 * editing this file), in the light and the dark theme: no serious and no critical violation anywhere.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { scrollThrough } from '../support/cspViolations';
import { sitePagePaths } from '../support/sitePagePaths';

const pages = sitePagePaths();
const themes = ['light', 'dark'] as const;

/** Every island hydrated (the ones that wait to be scrolled to included), so axe sees the widgets' own markup. */
async function hydrate(page: Page): Promise<void> {
  await scrollThrough(page);
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 10_000 });
  await page.evaluate(() => scrollTo(0, 0));
}

// Moderate and minor rules that Lighthouse's accessibility score counts: a page at 100 passes them too.
const lighthouseScored = new Set(['heading-order', 'list', 'listitem', 'definition-list', 'dlitem', 'empty-heading', 'landmark-one-main', 'skip-link', 'tabindex', 'td-has-header', 'th-has-data-cells', 'empty-table-header', 'image-redundant-alt', 'table-duplicate-name']);

/** One line per serious or critical violation (or one Lighthouse scores): rule, impact, and the first few offending elements. */
async function seriousViolations(page: Page): Promise<string[]> {
  // label-content-name-mismatch is one of axe's experimental rules (off by default): a control's name must contain
  // the text it shows, or a reader who says what they see ("click opcode") cannot reach it by voice.
  const { violations } = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || lighthouseScored.has(v.id))
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}`);
}

test('the site map has pages and embeds', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/ko/websocket');
  expect(pages.filter((p) => p.startsWith('/embed/')).length).toBeGreaterThanOrEqual(5);
});

for (const theme of themes) {
  for (const path of [...pages, '/no-such-page']) {
    test(`${path} has no serious, critical or Lighthouse-scored axe violation in the ${theme} theme`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      const url = path.startsWith('/embed/') ? `${path}?theme=${theme}` : path;
      await page.goto(url);
      await hydrate(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}
