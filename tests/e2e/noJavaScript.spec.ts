import { expect, test } from '@playwright/test';
import { lessonPages } from '../support/lessonPages';

test.use({ javaScriptEnabled: false });

for (const path of lessonPages) {
  test(`${path} is readable with JavaScript disabled`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const text = await page.locator('main').innerText();
    expect(text.length).toBeGreaterThan(800);
    // Figures computed at build time are in the HTML itself.
    expect(text).toMatch(/\d+(\.\d)? ms/);
  });
}
