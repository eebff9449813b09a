import { expect, test } from '@playwright/test';

// ␍ ␊ are in no font Debian's Chromium has: the site's subset font must draw them (no empty boxes).
test('the inspector draws CR LF with the site\'s control-pictures font', async ({ page }) => {
  const fontRequests: string[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.woff2')) fontRequests.push(`${response.status()} ${response.headers()['content-type']}`);
  });
  await page.goto('/polling#step=3');
  const crlf = page.locator('.hexdump .text').filter({ hasText: '\u240d\u240a' }).first();
  await crlf.scrollIntoViewIfNeeded();
  const font = await page.evaluate(async () => {
    await document.fonts.ready;
    const face = [...document.fonts].find((f) => f.family.replace(/"/g, '') === 'Socket Lab Control Pictures');
    return { status: face?.status, drawable: document.fonts.check('12px "Socket Lab Control Pictures"', '\u240d\u240a') };
  });
  expect(font).toEqual({ status: 'loaded', drawable: true });
  expect(fontRequests).toEqual(['200 font/woff2']);
  // Each glyph is a mark of its own width, not a zero-width or missing one.
  const widths = await crlf.evaluate((element) => {
    const probe = document.createElement('span');
    probe.style.font = getComputedStyle(element).font;
    probe.textContent = '\u240d';
    element.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return width;
  });
  expect(widths).toBeGreaterThan(4);
});
