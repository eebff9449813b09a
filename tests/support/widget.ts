import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** The player region of the (first) lesson widget, once hydrated. */
export async function hydratedWidget(page: Page): Promise<Locator> {
  const region = page.locator('.player-region').first();
  await region.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr])').first()).toBeAttached();
  return region;
}

/** The step number the readout shows ("step 12 / 340" → 12). */
export async function shownStep(scope: Page | Locator | FrameLocator): Promise<number> {
  const text = await scope.locator('.readout').first().innerText();
  const match = /step\s+([\d,]+)\s*\/\s*([\d,]+)/.exec(text);
  if (!match) throw new Error(`no step in readout: ${text}`);
  return Number(match[1]!.replace(/,/g, ''));
}
