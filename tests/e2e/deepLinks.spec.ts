import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectConsoleErrors } from '../support/consoleErrors';

// Every stepper keeps its position in the URL hash (replaceState) and reopens it on load; a link to a widget
// below the fold scrolls it into view, so it hydrates and opens the step without the reader scrolling to it.

/** The step a player's readout shows, in either language ("step 12 / 87", "단계 12 / 87"). */
async function readoutStep(region: Locator): Promise<number> {
  const text = await region.locator('.readout').first().innerText();
  const match = /([\d,]+)\s*\/\s*[\d,]+/.exec(text);
  if (!match) throw new Error(`no step in readout: ${text}`);
  return Number(match[1]!.replace(/,/g, ''));
}

/** Waits until the island around `region` has hydrated. */
async function hydratedIsland(page: Page, selector: string): Promise<void> {
  await expect(page.locator(`astro-island:has(${selector})`).first()).not.toHaveAttribute('ssr');
}

test.describe('lesson players', () => {
  test('/polling: step 3, reload, still step 3', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/polling');
    await hydratedIsland(page, '.player-region');
    const region = page.locator('.player-region').first();
    await region.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#step=3$/);
    await page.reload();
    await hydratedIsland(page, '.player-region');
    await expect.poll(() => readoutStep(region)).toBe(3);
    expect(errors).toEqual([]);
  });

  for (const path of ['/websocket', '/ko/websocket']) {
    test(`${path}#step=12 scrolls to the widget below the fold and opens step 12, without the reader scrolling`, async ({ page }) => {
      const errors = collectConsoleErrors(page);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${path}#step=12`);
      const region = page.locator('.player-region').first();
      await expect(region).toBeInViewport();
      await hydratedIsland(page, '.player-region');
      await expect.poll(() => readoutStep(region)).toBe(12);
      await region.focus();
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(/#step=13$/);
      await page.reload();
      await hydratedIsland(page, '.player-region');
      await expect.poll(() => readoutStep(region)).toBe(13);
      expect(errors).toEqual([]);
    });
  }

  for (const [path, step] of [['/sockets', 10], ['/stomp', 30], ['/ko/stomp', 30]] as const) {
    test(`${path}#step=${step} opens the widget below the fold at step ${step}`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${path}#step=${step}`);
      const region = page.locator('.player-region').first();
      await expect(region).toBeInViewport();
      await hydratedIsland(page, '.player-region');
      await expect.poll(() => readoutStep(region)).toBe(step);
    });
  }

  test('the two players on /socketio-fallback keep separate keys: #step= and #sockjs.step=', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/socketio-fallback#sockjs.step=5');
    const [socketIo, sockJs] = [page.locator('.player-region').nth(0), page.locator('.player-region').nth(1)];
    await expect(sockJs).toBeInViewport();
    await hydratedIsland(page, '[data-scenario="sockjs"]');
    await expect.poll(() => readoutStep(sockJs)).toBe(5);
    await sockJs.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#sockjs\.step=6$/);

    await socketIo.scrollIntoViewIfNeeded();
    await hydratedIsland(page, '[data-scenario="socketio"]');
    expect(await readoutStep(socketIo)).toBe(0);
    await socketIo.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#step=2&sockjs\.step=6$/);

    await page.reload();
    await socketIo.scrollIntoViewIfNeeded();
    await hydratedIsland(page, '[data-scenario="socketio"]');
    await expect.poll(() => readoutStep(socketIo)).toBe(2);
    await sockJs.scrollIntoViewIfNeeded();
    await hydratedIsland(page, '[data-scenario="sockjs"]');
    await expect.poll(() => readoutStep(sockJs)).toBe(6);
    expect(errors).toEqual([]);
  });
});

test.describe('the WebSocket chapters', () => {
  test('/websocket/handshake: step 4, reload, still step 4; the failure case too', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/websocket/handshake');
    await hydratedIsland(page, '.handshake-stepper');
    const stepper = page.locator('.handshake-stepper');
    await stepper.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#step=4$/);
    await page.reload();
    await hydratedIsland(page, '.handshake-stepper');
    await expect(page.getByTestId('narration')).toContainText('Step 4 of 6');

    await page.getByLabel('What happens').selectOption('wrongVersion');
    await page.getByRole('button', { name: /^Next/ }).click();
    await expect(page).toHaveURL(/#step=2&case=wrongVersion$/);
    await page.reload();
    await hydratedIsland(page, '.handshake-stepper');
    await expect(page.getByLabel('What happens')).toHaveValue('wrongVersion');
    await expect(page.getByTestId('narration')).toContainText(/^Step 2 of/);
    expect(errors).toEqual([]);
  });

  test('/ko/websocket/handshake#step=3 opens step 3 in Korean, and a step past the end opens the last', async ({ page }) => {
    await page.goto('/ko/websocket/handshake#step=3');
    await hydratedIsland(page, '.handshake-stepper');
    await expect(page.getByTestId('narration')).toContainText('6단계 중 3단계');
    await page.goto('/ko/websocket/handshake#step=99');
    await page.reload();
    await hydratedIsland(page, '.handshake-stepper');
    await expect(page.getByTestId('narration')).toContainText('6단계 중 6단계');
  });

  test('/websocket/frames keeps the gallery’s frame and the fragment apart, and scrolls to the fragments below the fold', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/websocket/frames#fragment=2');
    const fragments = page.getByRole('region', { name: 'Fragmentation' });
    await expect(fragments).toBeInViewport();
    await hydratedIsland(page, '.fragment-demo');
    await expect(fragments.getByRole('button', { name: /^Frame 2/ })).toHaveAttribute('aria-pressed', 'true');
    await fragments.getByRole('button', { name: /^Frame 3/ }).click();
    await expect(page).toHaveURL(/#fragment=3$/);
    await page.locator('.frame-gallery').scrollIntoViewIfNeeded();
    await hydratedIsland(page, '.frame-gallery');
    await page.getByLabel('Example frame').selectOption('ping');
    await expect(page).toHaveURL(/#fragment=3&frame=ping$/);

    await page.reload();
    await page.locator('.frame-gallery').scrollIntoViewIfNeeded();
    await hydratedIsland(page, '.frame-gallery');
    await expect(page.getByLabel('Example frame')).toHaveValue('ping');
    await page.locator('.fragment-demo').scrollIntoViewIfNeeded();
    await hydratedIsland(page, '.fragment-demo');
    await expect(fragments.getByRole('button', { name: /^Frame 3/ })).toHaveAttribute('aria-pressed', 'true');
    expect(errors).toEqual([]);
  });

  test('/websocket/close: code 1001, reload, still 1001', async ({ page }) => {
    await page.goto('/websocket/close');
    await hydratedIsland(page, '.close-demo');
    await page.getByLabel('Status code').selectOption('1001');
    await expect(page).toHaveURL(/#close=1001$/);
    await page.reload();
    await hydratedIsland(page, '.close-demo');
    await expect(page.getByLabel('Status code')).toHaveValue('1001');
    await expect(page.getByText(/Close code 1001/).first()).toBeVisible();
  });
});

test('/frame-lab#…&frame=2 reopens the second of two frames after a reload', async ({ page }) => {
  await page.goto('/frame-lab#hex=810548656c6c6f8a00&role=client&frame=2');
  await hydratedIsland(page, '.frame-lab');
  const frames = page.getByRole('group', { name: /frames/i }).getByRole('button');
  await expect(frames.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await frames.nth(0).click();
  await expect(page).toHaveURL(/#hex=810548656c6c6f8a00&role=client$/);
  await frames.nth(1).click();
  await page.reload();
  await hydratedIsland(page, '.frame-lab');
  await expect(frames.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { name: 'Pong frame' })).toBeVisible();
});
