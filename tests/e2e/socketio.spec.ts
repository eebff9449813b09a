/**
 * /socketio-fallback on the built site: the page's JavaScript weight, the live
 * section on the real socket.io-client and sockjs-client against the real
 * servers (polling → websocket; with Block WebSocket, polling only and the
 * echoes still come back), and on a static host a plain sentence that it
 * needs the server. No console errors.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import sirv from 'sirv';
import { collectConsoleErrors } from '../support/consoleErrors';
import { JS_BUDGET_GZIP_BYTES, measureScriptWeight, totalGzip } from '../support/jsWeight';
import { hydratedWidget, shownStep } from '../support/widget';
import { runScenario } from '../../src/sim';
import { defaultKnobs } from '../../src/widgets/knobs';
import { toScenarioParams } from '../../src/widgets/toScenarioParams';

const PAGE = '/socketio-fallback';

// The widget's default run, to find the step at which the server confirms the namespace: 40{"sid":…} in a poll's answer.
const timeline = runScenario('socketio', toScenarioParams('socketio', defaultKnobs()));
const connectAnswerStep = timeline.steps.findIndex((s) => {
  if (s.kind !== 'send') return false;
  const transfer = timeline.transfers[s.transferId]!;
  return transfer.kind === 'http-response' && transfer.summary.startsWith('200 40{');
}) + 1;

/** Scrolls the live section into view and waits for its island to hydrate. */
async function openLive(page: Page, base = ''): Promise<void> {
  await page.goto(`${base}${PAGE}#live`);
  await page.getByTestId('realtime-live').scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr]) [data-testid="realtime-live"]')).toBeAttached();
}

async function connect(page: Page, library: 'Socket.IO' | 'SockJS', block: boolean): Promise<void> {
  await page.getByRole('radio', { name: library }).check();
  if (block) await page.getByRole('checkbox', { name: 'Block WebSocket' }).check();
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByRole('status')).toContainText(`Connected with the real ${library} client`);
}

/** Sends one echo and waits for its row in the figures for `transport`. */
async function echo(page: Page, text: string, transport: string): Promise<void> {
  const live = page.getByTestId('realtime-live');
  await live.getByLabel('Message', { exact: true }).fill(text);
  await live.getByRole('button', { name: 'Send an echo' }).click();
  await expect(page.getByTestId('echo-figures').getByRole('row', { name: new RegExp(`^${transport}`) })).toBeVisible();
}

/** The measured and predicted byte cells of the echo row for `transport`. */
async function echoBytes(page: Page, transport: string): Promise<{ measured: string; predicted: string }> {
  const cells = page.getByTestId('echo-figures').getByRole('row', { name: new RegExp(`^${transport}`) }).getByRole('cell');
  return { measured: await cells.nth(2).innerText(), predicted: await cells.nth(3).innerText() };
}

test.describe('the Socket.IO widget', () => {
  test('walks step by step with the keyboard', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto(PAGE);
    const region = await hydratedWidget(page);
    await region.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => shownStep(page)).toBe(5);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => shownStep(page)).toBe(4);
    expect(errors).toEqual([]);
  });

  test('opens at the step a #step= link names', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto(`${PAGE}#step=20`);
    await hydratedWidget(page);
    await expect.poll(() => shownStep(page)).toBe(20);
    expect(errors).toEqual([]);
  });

  test('shows the Socket.IO packet inside the engine.io packet inside the HTTP answer', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto(`${PAGE}#step=${connectAnswerStep}`);
    await hydratedWidget(page);
    await expect.poll(() => shownStep(page)).toBe(connectAnswerStep);
    const answer = page.getByRole('button', { name: /^200 40\{"sid"/ }).first();
    await answer.focus();
    await page.keyboard.press('Enter');
    const inspector = page.locator('.byte-inspector').first();
    const layers = inspector.getByRole('group', { name: 'Layers: one message inside another' });
    await expect(layers.getByRole('radio')).toHaveCount(3);
    await expect(layers).toContainText(/HTTP message/);
    await expect(layers).toContainText(/engine\.io packet/);
    await expect(layers).toContainText(/Socket\.IO packet/);
    expect(errors).toEqual([]);
  });
});

test.describe('the embeds', () => {
  for (const widget of ['socketio', 'sockjs'] as const) {
    test(`/embed/${widget}?step=6 opens its widget alone at step 6, with no console errors`, async ({ page }) => {
      const errors = collectConsoleErrors(page);
      await page.goto(`/embed/${widget}?step=6`);
      await hydratedWidget(page);
      await expect.poll(() => shownStep(page)).toBe(6);
      await expect(page.locator('.lesson-widget')).toHaveAttribute('data-scenario', widget);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('with the project server', () => {
  test('loads at most 60 KB of JavaScript (gzip) before any interaction, and no client library until Connect', async ({ page, baseURL }) => {
    const weights = await measureScriptWeight(page, `${baseURL}${PAGE}`);
    expect(totalGzip(weights)).toBeLessThanOrEqual(JS_BUDGET_GZIP_BYTES);
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url());
    });
    await openLive(page);
    await page.waitForLoadState('networkidle');
    const beforeConnect = scripts.length;
    await connect(page, 'Socket.IO', false);
    expect(scripts.length).toBeGreaterThan(beforeConnect);
  });

  test('Socket.IO starts on polling, upgrades to websocket, and its echo bytes match the codecs', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await openLive(page);
    await connect(page, 'Socket.IO', false);
    await expect(page.getByTestId('transport-path')).toHaveText('polling → websocket');
    const log = page.getByTestId('trace-log');
    await expect(log).toContainText('probe answered on websocket (2probe → 3probe)');
    await expect(log).toContainText('upgraded to websocket');
    await expect(log).toContainText('← open 0{"sid":');
    await echo(page, 'hello', 'websocket');
    const bytes = await echoBytes(page, 'websocket');
    expect(bytes.measured).toBe('19 / 12');
    expect(bytes.predicted).toBe(bytes.measured);
    expect(errors).toEqual([]);
  });

  test('with Block WebSocket, Socket.IO stays on polling and still echoes', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await openLive(page);
    await connect(page, 'Socket.IO', true);
    await echo(page, 'over polling', 'polling');
    // Give the refused probe time to have happened: the path must still be polling alone.
    await page.waitForTimeout(1000);
    await expect(page.getByTestId('transport-path')).toHaveText('polling');
    await expect(page.getByTestId('trace-log')).not.toContainText('upgraded to');
    const bytes = await echoBytes(page, 'polling');
    expect(bytes.predicted).toBe(bytes.measured);
    // The refused WebSocket is the browser's own log line, not the page's error: it is the point of the switch.
    expect(errors.filter((e) => !/WebSocket connection to .* failed/.test(e))).toEqual([]);
  });

  test('SockJS opens a WebSocket, and with Block WebSocket falls back to xhr-streaming and still echoes', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await openLive(page);
    await connect(page, 'SockJS', false);
    await expect(page.getByTestId('transport-path')).toHaveText('websocket');
    await echo(page, 'hello', 'websocket');
    await page.getByRole('button', { name: 'Disconnect' }).click();
    await connect(page, 'SockJS', true);
    await expect(page.getByTestId('transport-path')).toHaveText('xhr-streaming');
    await echo(page, 'after the fallback', 'xhr-streaming');
    expect(errors.filter((e) => !/WebSocket connection to .* failed/.test(e))).toEqual([]);
  });

  test('the page reads with the keyboard: Connect and the switch are reachable by Tab', async ({ page }) => {
    await openLive(page);
    const connectButton = page.getByRole('button', { name: 'Connect' });
    for (let i = 0; i < 60 && !(await connectButton.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(connectButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText('Connected with the real Socket.IO client');
  });
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

  for (const library of ['Socket.IO', 'SockJS'] as const) {
    test(`${library}: the live section says it needs the server, with no console errors`, async ({ page }) => {
      const errors = collectConsoleErrors(page);
      await openLive(page, base);
      await page.getByRole('radio', { name: library }).check();
      await page.getByRole('button', { name: 'Connect' }).click();
      await expect(page.getByRole('status')).toContainText('This section needs Socket Lab’s own server');
      expect(errors).toEqual([]);
    });
  }
});
