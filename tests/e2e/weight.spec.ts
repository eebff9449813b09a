import { expect, test } from '@playwright/test';
import { JS_BUDGET_GZIP_BYTES, measureScriptWeight, totalGzip } from '../support/jsWeight';
import { lessonPages, socketsPages } from '../support/lessonPages';

test.use({ viewport: { width: 1280, height: 800 } });

for (const path of [...lessonPages, ...socketsPages]) {
  test(`${path} loads at most 60 KB of JavaScript (gzip) before any interaction`, async ({ page, baseURL }) => {
    const weights = await measureScriptWeight(page, `${baseURL}${path}`);
    expect(totalGzip(weights)).toBeLessThanOrEqual(JS_BUDGET_GZIP_BYTES);
  });
}
