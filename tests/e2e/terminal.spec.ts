import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from '../support/consoleErrors';

/** Scrolls to the terminal's place until it has loaded xterm, and returns the terminal's rows. */
async function openTerminal(page: Page) {
  const slot = page.locator('.terminal-slot');
  // The island hydrates, then the slot loads the terminal, then the terminal loads xterm: each on sight.
  await expect(async () => {
    await slot.scrollIntoViewIfNeeded();
    await expect(slot.locator('.xterm-rows')).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  return slot.locator('.xterm-rows');
}

test.describe('the timeline terminal on /websocket', () => {
  test('prints the upgrade request as a hexdump once it is sent', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/websocket');
    const rows = await openTerminal(page);
    await expect(rows).toContainText('Nothing sent yet');
    // Keyboard-reachable, with a name; focused, it leaves the player's keys to the player.
    await page.getByRole('textbox', { name: 'Terminal: every message sent so far, as a hexdump' }).focus();
    // Step until the first message (the GET that asks for the upgrade) has left the client.
    await expect(async () => {
      await page.keyboard.press('ArrowRight');
      await expect(rows).toContainText(/0000\s+47 45 54 20/, { timeout: 500 });
    }).toPass({ timeout: 15_000 });
    // The heading may have scrolled out of the terminal's view; the plain-text copy has every line.
    await page.locator('.timeline-terminal summary').click();
    await expect(page.locator('.timeline-terminal pre')).toContainText(/Client → Server\s+GET \/chat/);
    expect(errors).toEqual([]);
  });

  test('shows server frames with opcode and flags at the end, and clears when the player goes back to the start', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/websocket');
    const rows = await openTerminal(page);
    await page.getByRole('button', { name: 'Go to the end' }).click();
    // A server's unfragmented text frame starts with 0x81: FIN and opcode 1, and it is never masked.
    await expect(rows).toContainText(/0000\s+81 /);
    await page.locator('.timeline-terminal summary').click();
    await expect(page.locator('.timeline-terminal pre')).toContainText(/Server → Client.*text \(opcode 0x1\)\s+FIN=1 MASK=0/);
    await page.getByRole('button', { name: 'Go to the start' }).click();
    // The plain-text copy follows at once; xterm repaints its rows only while the terminal is on screen
    // (clicking the player's button may have scrolled it away), so bring it back into view, as a reader would.
    await expect(page.locator('.timeline-terminal pre')).toContainText('Nothing sent yet');
    await expect(async () => {
      await page.locator('.terminal-slot').scrollIntoViewIfNeeded();
      await expect(rows).toContainText('Nothing sent yet', { timeout: 1000 });
    }).toPass({ timeout: 10_000 });
    await expect(rows).not.toContainText('→');
    expect(errors).toEqual([]);
  });
});
