import { expect, test } from '@playwright/test';
import { localizedPath } from '../../src/i18n/localizedPath';
import { budgetOf, measureScriptWeight, totalGzip } from '../support/jsWeight';
import { koreanStringsAllowance } from '../support/koreanWeight';
import { budgetedPages } from '../support/lessonPages';
import { koreanPages } from '../support/sitePages';

test.use({ viewport: { width: 1280, height: 800 } });

for (const path of budgetedPages) {
  test(`${path} loads at most ${budgetOf(path) / 1024} KB of JavaScript (gzip) before any interaction`, async ({ page, baseURL }) => {
    const weights = await measureScriptWeight(page, `${baseURL}${path}`);
    expect(totalGzip(weights)).toBeLessThanOrEqual(budgetOf(path));
  });
}

// The compare page opens on figures the simulator computed at build time; the simulator, the player and the charts
// load when the reader acts (src/components/compare/CompareWidget.svelte).
test(`/compare loads at most ${budgetOf('/compare') / 1024} KB of JavaScript (gzip) before any interaction, and no simulator`, async ({ page, baseURL }) => {
  const weights = await measureScriptWeight(page, `${baseURL}/compare`);
  expect(totalGzip(weights)).toBeLessThanOrEqual(budgetOf('/compare'));
  expect(weights.map((w) => w.url).filter((url) => /compareOnDemand|runHttpScenario|runWebSocket/.test(url))).toEqual([]);
});

for (const path of koreanPages) {
  test(`${path} loads no more JavaScript before interaction than its English twin plus its Korean strings`, async ({ browser, baseURL }) => {
    const english = await measureScriptWeight(await browser.newPage(), `${baseURL}${localizedPath(path, 'en')}`);
    const korean = await measureScriptWeight(await browser.newPage(), `${baseURL}${path}`);
    const { extra, strings, notStrings } = koreanStringsAllowance(english, korean);
    // Every script only the Korean page loads is a dictionary of Korean strings, and nothing else weighs more.
    expect(notStrings).toEqual([]);
    expect(totalGzip(korean)).toBeLessThanOrEqual(totalGzip(english) + strings);
    expect(extra).toBeLessThanOrEqual(strings);
  });
}
