import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from '../support/consoleErrors';

const TECHNIQUES = ['polling', 'long-polling', 'streaming', 'websocket'] as const;

async function openCompare(page: Page, path = '/compare'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('astro-island:not([ssr])').first()).toBeAttached();
  // The player and the diagrams need the simulator, which loads when the reader acts: here, scrolling to them.
  await page.locator('.compare-widget .stage').scrollIntoViewIfNeeded();
  await expect(page.locator('.diagrams .one')).toHaveCount(4);
}

/** What each diagram draws right now, by technique. */
async function diagrams(page: Page): Promise<string[]> {
  return Promise.all(TECHNIQUES.map((t) => page.locator(`.diagrams .one[data-technique="${t}"] .sequence-diagram`).evaluate((figure) => figure.innerHTML)));
}

/** The metrics table's column for each technique. */
async function metricColumns(page: Page): Promise<string[]> {
  return Promise.all(TECHNIQUES.map(async (t) => (await page.locator(`.compare-table td[data-technique="${t}"]`).allInnerTexts()).join('|')));
}

/** The "now" label each diagram shows on its time axis. */
async function nowLabels(page: Page): Promise<string[]> {
  return Promise.all(TECHNIQUES.map((t) => page.locator(`.diagrams .one[data-technique="${t}"] .now-label`).evaluate((text) => text.textContent ?? '')));
}

test.use({ viewport: { width: 1280, height: 900 } });

test('changing a parameter updates all four diagrams and the metrics', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await openCompare(page);
  const beforeDiagrams = await diagrams(page);
  const beforeMetrics = await metricColumns(page);

  const latency = page.getByLabel('One-way latency');
  await latency.fill('200');
  await latency.press('Enter');
  await latency.blur();

  await expect.poll(async () => (await metricColumns(page)).map((c, i) => c !== beforeMetrics[i])).toEqual([true, true, true, true]);
  const afterDiagrams = await diagrams(page);
  afterDiagrams.forEach((svg, i) => expect(svg, TECHNIQUES[i]).not.toBe(beforeDiagrams[i]));
  // The cards follow too: WebSocket's mean delay is now about 200 ms.
  await expect(page.locator('.card[data-technique="websocket"] dd strong').first()).toHaveText(/^20\d ms$/);
  expect(errors).toEqual([]);
});

test('opens on the build-time figures, loads the simulator on the first scroll, and the runs agree with them', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const scripts: string[] = [];
  page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(request.url())));
  await page.goto('/compare');
  await expect(page.locator('astro-island:not([ssr])').first()).toBeAttached();
  const opening = await metricColumns(page);
  expect(opening.every((column) => /\d/.test(column))).toBe(true);
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((url) => url.includes('compareOnDemand'))).toEqual([]);
  await expect(page.locator('.diagrams .one')).toHaveCount(0);

  await page.mouse.wheel(0, 400);
  await expect(page.locator('.diagrams .one')).toHaveCount(4);
  expect(scripts.some((url) => url.includes('compareOnDemand'))).toBe(true);
  // The browser's runs of the default knobs give the figures the build computed.
  expect(await metricColumns(page)).toEqual(opening);
  expect(errors).toEqual([]);
});

test('scrubbing keeps the four diagrams on the same simulated time', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await openCompare(page);
  const scrubber = page.locator('.player-region input[type="range"]');
  for (const value of ['3000', '6250', '800']) {
    await scrubber.fill(value);
    const labels = await nowLabels(page);
    const times = await Promise.all(TECHNIQUES.map((t) => page.locator(`.diagrams .one[data-technique="${t}"]`).getAttribute('data-time')));
    expect(new Set(times).size, times.join(', ')).toBe(1);
    expect(Number(times[0])).toBeCloseTo(Number(value), 6);
    expect(new Set(labels).size, labels.join(', ')).toBe(1);
    expect(labels[0]!.replace(/[^\d]/g, '')).toBe(value);
  }
  // Stepping moves all four together as well.
  await page.locator('.player-region').focus();
  await page.keyboard.press('ArrowRight');
  const labels = await nowLabels(page);
  expect(new Set(labels).size).toBe(1);
  expect(errors).toEqual([]);
});

test('a preset loads its knobs and marks itself pressed, and the long-polling trade-off is spelled out', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await openCompare(page);
  await page.getByRole('button', { name: /Rare notifications/ }).click();
  await expect(page.getByRole('button', { name: /Rare notifications/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Events per minute')).toHaveValue('4');
  await expect(page.locator('.trade-off')).toHaveAttribute('data-kind', 'cheaper');
  await page.getByRole('button', { name: /Stock ticker/ }).click();
  await expect(page.locator('.trade-off')).toHaveAttribute('data-kind', 'costlier');
  await expect(page.locator('.trade-off')).toContainText('about one per event');
  expect(errors).toEqual([]);
});

test('the scale calculator follows the client count', async ({ page }) => {
  await openCompare(page);
  // The calculator loads when its place nears the viewport.
  await page.locator('.compare-widget .below').scrollIntoViewIfNeeded();
  const row = page.locator('.scale-table tr[data-technique="polling"] td').nth(2);
  const before = await row.innerText();
  const clients = page.getByLabel('Clients', { exact: true });
  await clients.fill('100000');
  await clients.press('Enter');
  await expect(row).not.toHaveText(before);
  await expect(page.locator('.scale-table caption')).toContainText('100,000');
});

test('/embed/compare reads its parameters, ignores bad ones with a notice, and has no console errors', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await openCompare(page, '/embed/compare?preset=burst&latencyMs=20&bogus=%3Cb%3E&t=2000&theme=dark');
  await expect(page.getByLabel('One-way latency')).toHaveValue('20');
  await expect(page.getByLabel('Event pattern')).toHaveValue('bursts');
  await expect(page.getByRole('status')).toContainText('bogus');
  expect(await page.locator('.notice b').count()).toBe(0);
  await expect(page.locator('.diagrams .one').first()).toHaveAttribute('data-time', '2000');
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page still carries the recomputed websocket.org table and explains its units', async ({ page }) => {
    await page.goto('/compare');
    const table = page.locator('table.classic');
    await expect(table).toContainText('871');
    for (const figure of ['6.6 Mbps', '66 Mbps', '665 Mbps', '0.015 Mbps', '0.153 Mbps', '1.526 Mbps']) await expect(table).toContainText(figure);
    await expect(page.locator('main')).toContainText('1,048,576');
    await expect(page.locator('main')).toContainText('at most 125 bytes');
  });
});
