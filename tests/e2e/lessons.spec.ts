import { expect, test } from '@playwright/test';
import { collectConsoleErrors } from '../support/consoleErrors';
import { hydratedWidget, shownStep } from '../support/widget';

const lessons = [
  { path: '/polling', request: 'GET /poll' },
  { path: '/long-polling', request: 'GET /long-poll' },
  { path: '/streaming', request: 'GET /stream' },
];

test('the home page renders its map and table with no console errors', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const { path } of lessons) await expect(page.locator(`main a[href="${path}"]`).first()).toBeVisible();
  await expect(page.locator('table tbody tr')).toHaveCount(4);
  expect(errors).toEqual([]);
});

for (const { path, request } of lessons) {
  test.describe(path, () => {
    test('steps with the keyboard, selects a message and shows its bytes', async ({ page }) => {
      const errors = collectConsoleErrors(page);
      await page.goto(path);
      const region = await hydratedWidget(page);
      await region.focus();
      const before = await shownStep(page);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => shownStep(page)).toBe(before + 3);
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => shownStep(page)).toBe(before + 2);

      // The first request's arrow: select it and read its bytes in the inspector.
      const arrow = page.getByRole('button', { name: new RegExp(`^${request} · [\\d,]+ B, client to server`, "i") }).first();
      // Click the middle of the arrow's shaft, as a reader would (the middle of the arrow's whole box can fall
      // on an empty corner beside its label).
      const shaft = (await arrow.locator('line.shaft').boundingBox())!;
      await page.mouse.click(shaft.x + shaft.width / 2, shaft.y + shaft.height / 2);
      const inspector = page.locator('.byte-inspector');
      await expect(inspector).toContainText(request);
      // "GET " in hex is 47 45 54 20.
      await expect(inspector.locator(".rows .row .hex").first()).toContainText(/^47\s*45\s*54\s*20/);
      expect(errors).toEqual([]);
    });

    test('a deep link reopens the same step', async ({ page }) => {
      await page.goto(path);
      const region = await hydratedWidget(page);
      await region.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => shownStep(page)).toBe(5);
      await expect.poll(() => new URL(page.url()).hash).toContain('step=');
      const link = page.url();

      const fresh = await page.context().newPage();
      await fresh.goto(link);
      await hydratedWidget(fresh);
      await expect.poll(() => shownStep(fresh)).toBe(5);
      await fresh.reload();
      await hydratedWidget(fresh);
      await expect.poll(() => shownStep(fresh)).toBe(5);
    });

    test('End jumps to the last step and Home back to the start', async ({ page }) => {
      await page.goto(path);
      const region = await hydratedWidget(page);
      await region.focus();
      await page.keyboard.press('End');
      const text = await page.locator('.readout').first().innerText();
      const total = Number(/\/\s*([\d,]+)/.exec(text)![1]!.replace(/,/g, ''));
      await expect.poll(() => shownStep(page)).toBe(total);
      await page.keyboard.press('Home');
      await expect.poll(() => shownStep(page)).toBe(0);
    });

    test('changing a knob re-runs the simulation', async ({ page }) => {
      await page.goto(path);
      await hydratedWidget(page);
      const readout = page.locator('.readout').first();
      const totalBefore = /\/\s*([\d,]+)/.exec(await readout.innerText())![1];
      await page.getByLabel('Events per second').fill('5');
      await page.getByLabel('Events per second').press('Enter');
      await expect.poll(async () => /\/\s*([\d,]+)/.exec(await readout.innerText())![1]).not.toBe(totalBefore);
    });
  });
}
