import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from '../support/consoleErrors';
import { hydratedWidget, shownStep } from '../support/widget';

/** Steps forward with → until the narration matches `pattern` (at most `limit` presses). */
async function stepUntil(page: Page, pattern: RegExp, limit = 80): Promise<void> {
  const narration = page.locator('.narration').first();
  for (let i = 0; i < limit; i++) {
    if (pattern.test(await narration.innerText())) return;
    await page.keyboard.press('ArrowRight');
  }
  await expect(narration).toHaveText(pattern);
}

test.describe('/sockets', () => {
  test('walks the exchange with the keyboard; the code panel and the lifelines follow the calls', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/sockets');
    const region = await hydratedWidget(page);
    await region.focus();
    await stepUntil(page, /accept\(3\) returns 4: a new socket for this one connection; socket 3 keeps listening/);
    const server = page.locator('[data-side="server"] .row.current');
    await expect(server).toHaveCount(1);
    await expect(server).toContainText('accept(');
    await expect(page.locator('.sequence-diagram .call.current text')).toHaveText('accept() = 4');
    await expect(page.locator('.lane-states.right text')).toHaveText(['3 LISTEN', '4 ESTABLISHED']);

    await stepUntil(page, /server: send\(/i);
    await expect(server).toContainText('send(');
    await stepUntil(page, /client: recv\(.*\) returns 6/i);
    await expect(page.locator('[data-side="client"] .row.current')).toContainText('recv(');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('[data-side="client"] .row.current')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('a deep link #step=N reopens the same step, and #code= the same language', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/sockets');
    const region = await hydratedWidget(page);
    await region.focus();
    await stepUntil(page, /client: connect\(.*\) returns 0/i);
    const step = await shownStep(page);
    const text = await page.locator('.narration').first().innerText();
    await page.getByRole('tab', { name: 'Python' }).click();
    await expect(page).toHaveURL(new RegExp(`#step=${step}&code=python$`));

    await page.goto(`/sockets#step=${step}&code=python`);
    await page.reload();
    await hydratedWidget(page);
    await expect.poll(() => shownStep(page)).toBe(step);
    await expect(page.locator('.narration').first()).toHaveText(text);
    await expect(page.getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('[data-side="client"] .row.current')).toContainText('sock.connect(');
    expect(errors).toEqual([]);
  });

  test('the language tabs move with the arrow keys without stepping the player', async ({ page }) => {
    await page.goto('/sockets');
    await hydratedWidget(page);
    const before = await shownStep(page);
    await page.getByRole('tab', { name: 'C' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Java' })).toBeFocused();
    await expect(page.getByRole('tab', { name: 'Java' })).toHaveAttribute('aria-selected', 'true');
    expect(await shownStep(page)).toBe(before);
  });

  test('scrolls the current line into view inside the code box, not the page', async ({ page }) => {
    await page.goto('/sockets');
    const region = await hydratedWidget(page);
    await region.focus();
    await stepUntil(page, /server: close\(4\)/i);
    const box = page.locator('[data-side="server"] pre');
    const line = page.locator('[data-side="server"] .row.current');
    const [boxRect, lineRect] = [await box.boundingBox(), await line.boundingBox()];
    expect(lineRect!.y).toBeGreaterThanOrEqual(boxRect!.y);
    expect(lineRect!.y + lineRect!.height).toBeLessThanOrEqual(boxRect!.y + boxRect!.height);
    expect(await box.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  });

  test('the inspector shows a segment’s TCP header: sequence number and flags', async ({ page }) => {
    await page.goto('/sockets');
    const region = await hydratedWidget(page);
    await region.focus();
    await stepUntil(page, /client: send\(/i);
    // The next step puts the data segment on the wire.
    await page.keyboard.press('ArrowRight');
    const segment = page.getByRole('button', { name: /^PSH-ACK len=6 · \d+ B, client to server/i }).first();
    await segment.focus();
    await page.keyboard.press('Enter');
    const inspector = page.locator('.byte-inspector');
    await expect(inspector).toContainText('TCP segment');
    await expect(inspector).toContainText('20 header + 6 payload');
    await expect(inspector).toContainText(/tcp:seq \d+/);
    await expect(inspector).toContainText('tcp:flag:PSH 1');
    await inspector.getByText('tcp:seq', { exact: true }).hover();
    await expect(inspector).toContainText(/Sequence number: where this segment’s bytes sit/);
  });

  test('the refused fault ends connect() with ECONNREFUSED', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/sockets');
    await hydratedWidget(page);
    await page.getByLabel('Inject a fault').selectOption('refused');
    await page.locator('.player-region').first().focus();
    await stepUntil(page, /connect\(.*\) fails with ECONNREFUSED/i);
    await expect(page.locator('.sequence-diagram .call.failed text').first()).toHaveText('connect() = ECONNREFUSED');
    expect(errors).toEqual([]);
  });

  test('the embed loads with its knobs from the query string', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/embed/sockets?framing=none&messageCount=3&step=5');
    await expect(page.locator('astro-island:not([ssr])').first()).toBeAttached();
    await expect.poll(() => shownStep(page)).toBe(5);
    await expect(page.getByLabel('Framing')).toHaveValue('none');
    await expect(page.getByRole('tab', { name: 'C' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the Korean page walks too', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/ko/sockets');
    const region = await hydratedWidget(page);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    // The readout speaks Korean: "단계 1 / 57".
    await expect(page.locator('.readout').first()).toContainText(/단계 1 \//);
    await expect(page.locator('.narration').first()).toContainText('socket(');
    await expect(page.getByRole('tab', { name: 'Python' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    expect(errors).toEqual([]);
  });
});
