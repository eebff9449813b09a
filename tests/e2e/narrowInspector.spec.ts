import { expect, test, type Page } from '@playwright/test';

/** The byte inspector's dump on /polling's first request: the second row's offset and whether the text column is in the box. */
async function dumpLayout(page: Page) {
  await page.goto('/polling#step=3');
  const dump = page.locator('.hexdump').first();
  await dump.scrollIntoViewIfNeeded();
  await expect(dump.locator('.rows .row').first()).toBeVisible();
  return dump.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const text = element.querySelector('.rows .row .text')!.getBoundingClientRect();
    return {
      secondOffset: element.querySelector('.rows .row:nth-of-type(2) .offset')!.textContent,
      textInBox: text.left >= box.left && text.right <= box.right,
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

test('on a phone the byte inspector dumps 8 bytes a row, its text column in view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => dumpLayout(page)).toEqual({ secondOffset: '0008', textInBox: true, pageOverflow: 0 });
});

test('on a desktop the byte inspector keeps 16 bytes a row', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(() => dumpLayout(page)).toEqual({ secondOffset: '0010', textInBox: true, pageOverflow: 0 });
});
