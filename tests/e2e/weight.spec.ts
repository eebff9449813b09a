import { expect, test } from '@playwright/test';
import { localizedPath } from '../../src/i18n/localizedPath';
import { JS_BUDGET_GZIP_BYTES, measureScriptWeight, totalGzip } from '../support/jsWeight';
import { koreanStringsAllowance } from '../support/koreanWeight';
import { lessonPages, socketsPages } from '../support/lessonPages';
import { koreanPages } from '../support/sitePages';

test.use({ viewport: { width: 1280, height: 800 } });

for (const path of [...lessonPages, ...socketsPages]) {
  test(`${path} loads at most 60 KB of JavaScript (gzip) before any interaction`, async ({ page, baseURL }) => {
    const weights = await measureScriptWeight(page, `${baseURL}${path}`);
    expect(totalGzip(weights)).toBeLessThanOrEqual(JS_BUDGET_GZIP_BYTES);
  });
}

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
