import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** One script the page loaded, with its gzip size (what a compressing server would send). */
export interface ScriptWeight {
  readonly url: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  /** The script's text (to tell a dictionary of strings from code). */
  readonly text?: string;
  /** What crossed the wire for its body: brotli or gzip when the server sent it compressed (server/siteHandler.ts). */
  readonly wireBytes: number;
}

/** The lesson pages' budget (issue 14, "Weight"): JavaScript loaded before the reader interacts or scrolls. */
export const JS_BUDGET_GZIP_BYTES = 45 * 1024;

/** The compare page's budget (issue 14): it runs every technique side by side, so it gets more than a lesson. */
export const COMPARE_BUDGET_GZIP_BYTES = 60 * 1024;

/** The most JavaScript (gzip bytes) `path` may load before interaction: the lesson budget, or the compare page's. */
export function budgetOf(path: string): number {
  return path === '/compare' ? COMPARE_BUDGET_GZIP_BYTES : JS_BUDGET_GZIP_BYTES;
}

/**
 * Opens `url` without scrolling or interacting, waits until the network is idle,
 * and returns every script it loaded (modules and their imports included).
 */
export async function measureScriptWeight(page: Page, url: string): Promise<ScriptWeight[]> {
  const pending: Promise<ScriptWeight | undefined>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      Promise.all([response.body(), response.request().sizes()]).then(
        ([body, sizes]) => ({ url: response.url(), bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length, wireBytes: sizes.responseBodySize, text: body.toString('utf8') }),
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Islands with client:visible hydrate on an IntersectionObserver tick; give it a moment, still without scrolling.
  await page.waitForTimeout(500);
  // On a busy machine that moment may not be enough: wait until every island in view has hydrated (lost its `ssr`).
  await page.waitForFunction(() =>
    [...document.querySelectorAll('astro-island[ssr]')].every((island) => {
      const box = island.getBoundingClientRect();
      return box.top >= innerHeight || box.bottom <= 0 || box.height === 0;
    }),
  );
  await page.waitForLoadState('networkidle');
  const weights = (await Promise.all(pending)).filter((w): w is ScriptWeight => w !== undefined);
  return weights;
}

/** Sum of gzip sizes. */
export function totalGzip(weights: readonly ScriptWeight[]): number {
  return weights.reduce((sum, w) => sum + w.gzipBytes, 0);
}
