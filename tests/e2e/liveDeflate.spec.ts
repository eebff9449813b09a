/**
 * The live panel with the server's permessage-deflate on (LIVE_DEFLATE): Chromium agrees it, the panel reads the
 * agreement from `WebSocket.extensions`, sizes the frames compressed and says so, and the simulator's prediction for
 * the same events stays within 2 % (the integration test checks the same sizes against the bytes on the wire).
 */
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { createServer, type SocketLabServer } from '../../server/createServer';
import { collectConsoleErrors } from '../support/consoleErrors';

let lab: SocketLabServer;
let base = '';

test.beforeAll(async () => {
  lab = createServer(fileURLToPath(new URL('../../dist', import.meta.url)), { live: { deflate: true } });
  await new Promise<void>((resolve) => lab.server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(lab.server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await lab.close();
});

test('WebSocket with LIVE_DEFLATE on: frames sized compressed, predicted within 2 %, and the panel says why', async ({ browser }) => {
  const context = await browser.newContext({ locale: undefined });
  const page = await context.newPage();
  const errors = collectConsoleErrors(page);
  await page.goto(`${base}/live`);
  await expect(page.locator('astro-island:not([ssr])').first()).toBeAttached();
  await page.getByRole('radio', { name: /^WebSocket/ }).check();
  await page.getByLabel('Server events per second').fill('2');
  await page.getByLabel('Server events per second').dispatchEvent('change');
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByText('Connected to the live server.')).toBeVisible();
  await expect(page.getByText(/the server agreed permessage-deflate/)).toBeVisible({ timeout: 15_000 });
  const row = page.getByRole('row', { name: /^Events delivered/ });
  await expect.poll(async () => Number(await row.locator('[data-figure="measured"]').innerText()), { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
  const bytes = page.getByRole('row', { name: /^Bytes on the wire/ });
  const read = async (which: string) => Number((await bytes.locator(`[data-figure="${which}"]`).innerText()).replace(/,/g, ''));
  await expect.poll(() => read('predicted'), { timeout: 10_000 }).toBeGreaterThan(0);
  const measured = await read('measured');
  const predicted = await read('predicted');
  expect(Math.abs(predicted - measured) / measured).toBeLessThan(0.02);
  // A session event is ~190 bytes of JSON; compressed against the ones before it, its frame is a fraction of that.
  expect(measured).toBeLessThan(100);
  await page.getByRole('button', { name: 'Disconnect' }).click();
  expect(errors).toEqual([]);
  await context.close();
});
