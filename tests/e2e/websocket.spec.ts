import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from '../support/consoleErrors';
import { JS_BUDGET_GZIP_BYTES, measureScriptWeight, totalGzip } from '../support/jsWeight';
import { webSocketPages } from '../support/lessonPages';

const pages = webSocketPages;

/** Scrolls `selector` into view and waits until the island around it has hydrated. */
async function hydrated(page: Page, selector: string) {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  await expect(page.locator(`astro-island:has(${selector})`).first()).not.toHaveAttribute('ssr');
}

test.describe('/websocket/handshake', () => {
  test('steps through the handshake with the keyboard and computes the RFC accept value', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/websocket/handshake');
    await hydrated(page, '.handshake-stepper');
    const stepper = page.getByRole('region', { name: /Opening handshake/ });
    await expect(stepper.getByRole('heading', { name: /GET \/chat/ })).toBeVisible();
    await stepper.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('stage-concat')).toHaveText('dGhlIHNhbXBsZSBub25jZQ==258EAFA5-E914-47DA-95CA-C5AB0DC85B11');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('stage-sha1')).toHaveText('b3 7a 4f 2c c0 62 4f 16 90 f6 46 06 cf 38 59 45 b2 be c4 ea');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('stage-accept')).toHaveText('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
    await page.getByRole('button', { name: /^Next/ }).click();
    await expect(page.getByTestId('narration')).toContainText('Step 5 of 6');
    await expect(stepper.locator('.byte-inspector')).toContainText('101 Switching Protocols');
    await page.getByRole('button', { name: /^Next/ }).click();
    await expect(page.getByTestId('verdict')).toContainText('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
    expect(errors).toEqual([]);
  });

  test('explains a malformed typed key and shows the 426 answer to an old version', async ({ page }) => {
    await page.goto('/websocket/handshake');
    await hydrated(page, '.handshake-stepper');
    await page.getByLabel('Sec-WebSocket-Key').fill('not base64!');
    await expect(page.getByTestId('key-error')).toContainText('This is not base64');
    await expect(page.getByLabel('Sec-WebSocket-Key')).toHaveValue('not base64!');
    await page.getByLabel('What happens').selectOption('wrongVersion');
    await page.getByRole('button', { name: /^Next/ }).click();
    await expect(page.getByTestId('verdict')).toContainText('The server refuses with 426');
    await page.getByRole('button', { name: /^Next/ }).click();
    await expect(page.locator('.byte-inspector')).toContainText('426 Upgrade Required');
  });
});

test('the frames page shows a masked frame bit by bit and its XOR, byte by byte', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('/websocket/frames');
  await hydrated(page, '.frame-gallery');
  const gallery = page.getByRole('region', { name: 'Frame examples' });
  await expect(gallery.getByTestId('frame-totals')).toHaveText('11 bytes: 6 header + 5 payload');
  await gallery.getByRole('button', { name: /Show the masking/ }).click();
  await expect(gallery.getByRole('table').getByRole('row')).toHaveCount(6);
  await gallery.getByLabel('the server (not masked)').check();
  await expect(gallery.getByTestId('frame-totals')).toHaveText('7 bytes: 2 header + 5 payload');
  expect(errors).toEqual([]);
});

test('the close page draws its build-time frame, then encodes the reader\'s code, reason and sender', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('/websocket/close');
  await hydrated(page, '.close-demo');
  const demo = page.getByRole('region', { name: /close frame/i });
  await expect(demo.getByTestId('frame-totals')).toHaveText('19 bytes: 6 header + 13 payload');
  await demo.getByRole('button', { name: /Show the masking/ }).click();
  await expect(demo.getByRole('table').getByRole('row')).not.toHaveCount(0);
  await demo.getByLabel('the server (not masked)').check();
  await expect(demo.getByTestId('frame-totals')).toHaveText('15 bytes: 2 header + 13 payload');
  await demo.getByLabel('Status code').selectOption('1001');
  await expect(demo).toContainText('Close code 1001');
  await demo.getByLabel('Reason (optional)').fill('');
  await expect(demo.getByTestId('frame-totals')).toHaveText('4 bytes: 2 header + 2 payload');
  expect(errors).toEqual([]);
});

for (const path of pages) {
  test(`${path} renders with no console errors`, async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'WebSocket chapters' }).getByRole('link', { name: /./ }).and(page.locator('[aria-current="page"]'))).toHaveCount(1);
    for (let y = 0; y < 6000; y += 600) await page.mouse.wheel(0, 600);
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of pages) {
    test(`${path} is readable, with figures computed at build time`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const text = await page.locator('main').innerText();
      expect(text.length).toBeGreaterThan(800);
      expect(text).toMatch(/\b1002\b|\b\d+ bytes\b/);
    });
  }
});

test.describe('weight', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  for (const path of pages) {
    test(`${path} loads at most 60 KB of JavaScript (gzip) before any interaction`, async ({ page, baseURL }) => {
      const weights = await measureScriptWeight(page, `${baseURL}${path}`);
      expect(totalGzip(weights)).toBeLessThanOrEqual(JS_BUDGET_GZIP_BYTES);
    });
  }
});
