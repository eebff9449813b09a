import { expect, test } from '@playwright/test';

// Lesson widgets hydrate 600 px before they come into view (HYDRATE_MARGIN): a reader who scrolls to the
// /websocket widget and clicks Play at once must not find a button that does nothing yet.
test('the /websocket widget is hydrated before a reader scrolling down reaches it, and Play works at once', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/websocket');
  const island = page.locator('astro-island:has(.player-region)').first();
  await expect(island).toHaveAttribute('ssr', '');
  // astro-island is display: contents (no box of its own): the widget's first element gives its top edge.
  const top = () => island.evaluate((element) => element.firstElementChild!.getBoundingClientRect().top);
  expect(await top()).toBeGreaterThan(800 + 600);
  // A brisk scroll, 1,000 px a second, until the widget's top edge enters the viewport.
  while ((await top()) > 800) {
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(100);
  }
  // Hydrated islands lose the `ssr` attribute.
  expect(await island.getAttribute('ssr')).toBeNull();
  const play = island.getByRole('button', { name: 'Play' }).first();
  await play.scrollIntoViewIfNeeded();
  await play.click();
  await expect(island.getByRole('button', { name: 'Pause' }).first()).toBeVisible();
});
