import { expect, test } from '@playwright/test';
import { collectConsoleErrors } from '../support/consoleErrors';
import { hydratedWidget, shownStep } from '../support/widget';

test.describe('/websocket widget', () => {
  test('steps through the upgrade and shows the 101 answer’s bytes', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/websocket');
    const region = await hydratedWidget(page);
    await region.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => shownStep(page)).toBe(4);
    const answer = page.getByRole('button', { name: /^101 Switching Protocols · \d+ B, server to client/i }).first();
    await answer.focus();
    await page.keyboard.press('Enter');
    const inspector = page.locator('.byte-inspector');
    await expect(inspector).toContainText('101 Switching Protocols');
    await expect(inspector).toContainText('Sec-WebSocket-Accept');
    expect(errors).toEqual([]);
  });

  test('injecting a masked server frame ends with the client failing the connection (1002 sent, 1006 seen)', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/websocket');
    await hydratedWidget(page);
    await page.getByLabel('Inject a fault').selectOption('masked-server-frame');
    await page.locator('.player-region').first().focus();
    await page.keyboard.press('End');
    // Walk back from the end to the client's close report.
    const narration = page.locator('.narration');
    for (let i = 0; i < 60; i++) {
      if (/Client’s WebSocket reports close: code 1006/.test(await narration.innerText())) break;
      await page.keyboard.press('ArrowLeft');
    }
    await expect(narration).toContainText('code 1006, wasClean false');
    await expect(narration).toContainText('Close 1002');
    expect(errors).toEqual([]);
  });
});
