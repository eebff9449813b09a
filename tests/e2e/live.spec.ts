/**
 * The live panel on the built site: with the server running, every technique
 * shows measured figures beside the simulator's prediction; with the site
 * served as plain files (no live endpoints), the panel says it is a mock and
 * still works. No console errors either way.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import sirv from 'sirv';
import { collectConsoleErrors } from '../support/consoleErrors';
import { JS_BUDGET_GZIP_BYTES, measureScriptWeight, totalGzip } from '../support/jsWeight';

const techniques = [
  { name: 'polling', label: /^Polling/ },
  { name: 'long polling', label: /^Long polling/ },
  { name: 'SSE', label: /^Server-Sent Events/ },
  { name: 'WebSocket', label: /^WebSocket/ },
] as const;

/**
 * Opens /live at `base`, picks the technique, sets 2 events a second (and, for polling, a poll every 100 ms) and
 * connects. Then every answer carries one event in the real run as in the simulated one: how events group into
 * answers at higher rates depends on timer drift the model leaves out, and a shared head split over two events
 * halves their cost (the integration test compares bytes the same way, one event per answer).
 */
async function connect(page: Page, base: string, label: RegExp): Promise<void> {
  await page.goto(`${base}/live`);
  await expect(page.locator('astro-island:not([ssr])').first()).toBeAttached();
  await page.getByRole('radio', { name: label }).check();
  await page.getByLabel('Server events per second').fill('2');
  await page.getByLabel('Server events per second').dispatchEvent('change');
  if (/^\^Polling/.test(label.source)) {
    await page.getByLabel('Poll interval (ms)').fill('100');
    await page.getByLabel('Poll interval (ms)').dispatchEvent('change');
  }
  await page.getByRole('button', { name: 'Connect' }).click();
}

/** The measured and predicted cells of a figure's row, as numbers (NaN for "—"). */
async function figure(page: Page, row: string): Promise<{ measured: number; predicted: number }> {
  const cells = page.getByRole('row', { name: new RegExp(`^${row}`) });
  const read = async (which: string) => Number((await cells.locator(`[data-figure="${which}"]`).innerText()).replace(/,/g, ''));
  return { measured: await read('measured'), predicted: await read('predicted') };
}

/** Waits until a few events arrived and the prediction is there; sends one message on the way. */
async function expectFigures(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Send' })).toBeEnabled();
  await page.getByRole('button', { name: 'Send' }).click();
  await expect.poll(async () => (await figure(page, 'Events delivered')).measured, { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
  await expect.poll(async () => (await figure(page, 'Mean latency')).predicted, { timeout: 10_000 }).toBeGreaterThanOrEqual(0);
  const latency = await figure(page, 'Mean latency');
  expect(latency.measured).toBeGreaterThanOrEqual(0);
  const bytes = await figure(page, 'Bytes on the wire');
  expect(bytes.measured).toBeGreaterThan(0);
  expect(bytes.predicted).toBeGreaterThan(0);
  const requests = await figure(page, 'Requests made');
  expect(requests.measured).toBeGreaterThanOrEqual(1);
  await expect(page.getByRole('img', { name: /Latency per event/ })).toBeVisible();
}

test('/live loads at most 60 KB of JavaScript (gzip) before any interaction, and no msw', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const weights = await measureScriptWeight(page, `${baseURL}/live`);
  expect(weights.map((w) => w.url).filter((url) => /startLiveMock|liveMockHandlers|\/browser\./.test(url))).toEqual([]);
  expect(totalGzip(weights)).toBeLessThanOrEqual(JS_BUDGET_GZIP_BYTES);
});

test.describe('with the live server', () => {
  for (const { name, label } of techniques) {
    test(`${name}: measured figures beside the prediction, bytes per message and the model's request head within 2 %`, async ({ browser, baseURL }) => {
      // A context of its own, without Playwright's locale override: that sends "Accept-Language: en-US" as given,
      // which Chromium itself never writes (it adds the base language, "en-US,en;q=0.9"), as a reader's browser does.
      const context = await browser.newContext({ locale: undefined });
      const page = await context.newPage();
      const errors = collectConsoleErrors(page);
      await connect(page, baseURL!, label);
      await expect(page.getByText('Connected to the live server.')).toBeVisible();
      await expectFigures(page);
      const bytes = await figure(page, 'Bytes on the wire');
      expect(Math.abs(bytes.predicted - bytes.measured) / bytes.measured).toBeLessThan(0.02);
      // The request head from the header model (no padding, nothing taken from the server) against the server's count.
      const head = await figure(page, 'Request head');
      const diff = await page.locator('[data-head-diff]').innerText();
      expect(Math.abs(head.predicted - head.measured) / head.measured, diff).toBeLessThan(0.02);
      // Line for line, in fact: the panel would name every header line the model got wrong.
      expect(diff).toBe('The header model wrote the request head the server received, line for line.');
      await expect(page.getByText('In-browser mock, not a network')).toHaveCount(0);
      await page.getByRole('button', { name: 'Disconnect' }).click();
      await expect(page.getByText('You disconnected.')).toBeVisible();
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

test.describe('with the site served as plain files', () => {
  let server: Server;
  let base = '';
  test.beforeAll(async () => {
    const dist = fileURLToPath(new URL('../../dist', import.meta.url));
    server = createServer(sirv(dist, { dev: false, extensions: ['html'] }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  for (const { name, label } of techniques) {
    test(`${name}: the panel says it is a mock and still works`, async ({ page }) => {
      const errors = collectConsoleErrors(page);
      await connect(page, base, label);
      await expect(page.getByRole('note').getByText('In-browser mock, not a network')).toBeVisible();
      await expect(page.getByText('Connected to the in-browser mock.')).toBeVisible();
      await expectFigures(page);
      expect(errors).toEqual([]);
    });
  }
});
