import { expect, test } from '@playwright/test';
import { collectConsoleErrors } from '../support/consoleErrors';
import { JS_BUDGET_GZIP_BYTES, measureScriptWeight, totalGzip } from '../support/jsWeight';
import { hydratedWidget, shownStep } from '../support/widget';
import { runScenario } from '../../src/sim';
import { defaultKnobs } from '../../src/widgets/knobs';
import { toScenarioParams } from '../../src/widgets/toScenarioParams';

// The widget's default run, to find the step at which the broker sends its first MESSAGE.
const timeline = runScenario('stomp', toScenarioParams('stomp', defaultKnobs()));
const firstMessageStep = timeline.steps.findIndex((s) => s.kind === 'send' && timeline.transfers[s.transferId]!.summary.startsWith('MESSAGE')) + 1;

test.describe('/stomp', () => {
  test('walks step by step with the keyboard', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/stomp');
    const region = await hydratedWidget(page);
    await region.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => shownStep(page)).toBe(5);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => shownStep(page)).toBe(4);
    await expect(page.locator('.narration')).toContainText(/Broker|Client/);
    expect(errors).toEqual([]);
  });

  test('opens at the step a #step= link names', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/stomp#step=30');
    await hydratedWidget(page);
    await expect.poll(() => shownStep(page)).toBe(30);
    expect(errors).toEqual([]);
  });

  test('shows a MESSAGE’s STOMP fields inside its WebSocket frame, with the bytes each layer adds', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto(`/stomp#step=${firstMessageStep}`);
    await hydratedWidget(page);
    await expect.poll(() => shownStep(page)).toBe(firstMessageStep);
    const message = page.getByRole('button', { name: /^MESSAGE \/topic\/prices · \d+ B, Broker to Client 1/ }).first();
    await message.focus();
    await page.keyboard.press('Enter');
    const inspector = page.locator('.byte-inspector');
    const layers = inspector.getByRole('group', { name: 'Layers: one message inside another' });
    await expect(layers.getByRole('radio', { name: /STOMP frame/ })).toBeChecked();
    await expect(layers).toContainText(/WebSocket frame\s*bytes 0–\d+\s*· adds 4 B/);
    await expect(layers).toContainText(/STOMP frame\s*bytes 4–\d+\s*· adds \d+ B/);
    const fields = inspector.getByRole('listbox', { name: 'Fields' });
    await expect(fields).toContainText('opcode');
    await expect(fields).toContainText('subscription');
    await expect(fields).toContainText('message-id');
    await expect(fields.getByRole('option', { name: /^command/ })).toHaveCount(1);
    await layers.getByRole('radio', { name: /WebSocket frame/ }).check();
    // The outer layer lists the frame's own fields: the STOMP frame is one payload field again.
    await expect(fields.getByRole('option', { name: /^command/ })).toHaveCount(0);
    await expect(fields.getByRole('option', { name: /^payload MESSAGE/ })).toHaveCount(1);
    expect(errors).toEqual([]);
  });

  test('the live section makes a round trip through the embedded broker with the real stompjs client', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const scripts: string[] = [];
    page.on('request', (request) => { if (request.resourceType() === 'script') scripts.push(request.url()); });
    await page.goto('/stomp#live');
    const live = page.locator('.stomp-live');
    await live.scrollIntoViewIfNeeded();
    await expect(live.getByRole('button', { name: 'Connect' })).toBeEnabled();
    const before = scripts.length;
    await live.getByRole('button', { name: 'Connect' }).click();
    await expect(live.getByRole('status')).toContainText('Connected: STOMP 1.2', { timeout: 10_000 });
    // stompjs arrived only now, on Connect.
    expect(scripts.slice(before).length).toBeGreaterThan(0);
    await live.getByRole('button', { name: 'Subscribe' }).click();
    await live.getByLabel('Message').fill('hello from the page');
    await live.getByRole('button', { name: 'Send' }).click();
    const message = live.locator('li[data-command="MESSAGE"]');
    await expect(message).toContainText('hello from the page');
    await expect(message).toContainText('destination:/topic/lab');
    const commands = await live.locator('li[data-kind="frame"]').evaluateAll((items) => items.map((li) => `${li.className.split(' ')[0]} ${li.getAttribute('data-command')}`));
    expect(commands.slice(0, 2)).toEqual(['sent CONNECT', 'received CONNECTED']);
    expect(commands).toContain('sent SUBSCRIBE');
    expect(commands).toContain('sent SEND');
    await live.getByRole('button', { name: 'Disconnect' }).click();
    await expect(live.getByRole('status')).toContainText('The WebSocket closed (1000)');
    expect(commands.concat(await live.locator('li[data-kind="frame"]').evaluateAll((items) => items.map((li) => li.getAttribute('data-command') ?? '')))).toContain('RECEIPT');
    expect(errors).toEqual([]);
  });

  test('loads at most 60 KB of JavaScript (gzip) before any interaction', async ({ page, baseURL }) => {
    const weights = await measureScriptWeight(page, `${baseURL}/stomp`);
    expect(totalGzip(weights)).toBeLessThanOrEqual(JS_BUDGET_GZIP_BYTES);
  });

  test('the Korean twin renders in Korean with the same figures', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/stomp');
    const english = await page.locator('.prose .fact').allInnerTexts();
    await page.goto('/ko/stomp');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.locator('h1')).toHaveText('웹소켓 위의 STOMP');
    expect(await page.locator('.prose .fact').allInnerTexts()).toEqual(english);
    expect(errors).toEqual([]);
  });
});
