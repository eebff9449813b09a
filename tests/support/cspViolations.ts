/** Listening for Content-Security-Policy violations in a page, and bringing every lazy island of it into view. */
import type { Page } from '@playwright/test';

/** One `securitypolicyviolation` event. */
export interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly sample: string;
}

declare global {
  interface Window {
    __violations?: Violation[];
  }
}

/** Records every CSP violation of the page from its first script on. */
export async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations!.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
    });
  });
}

/** The violations recorded so far. */
export const violations = (page: Page): Promise<Violation[]> => page.evaluate(() => window.__violations ?? []);

/** Scrolls to the bottom in screenfuls, so every client:visible island and lazy terminal comes into view. */
export async function scrollThrough(page: Page): Promise<void> {
  for (let y = 0; ; y += 600) {
    const height = await page.evaluate((top) => {
      scrollTo(0, top);
      return document.documentElement.scrollHeight;
    }, y);
    await page.waitForTimeout(100);
    if (y > height) break;
  }
}
