import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectConsoleErrors } from '../support/consoleErrors';

// A phone: 390 CSS px wide, as the issue measured.
test.use({ viewport: { width: 390, height: 844 } });

/** Rows of the terminal whose drawn text runs past the terminal's box (cut off), with their text. */
function cutRows(rows: Locator): Promise<string[]> {
  return rows.evaluate((element) => {
    const box = element.closest('.terminal-view')!.getBoundingClientRect();
    return [...element.children].flatMap((row) => {
      const range = document.createRange();
      range.selectNodeContents(row);
      const drawn = range.getBoundingClientRect();
      return drawn.width > 0 && drawn.right > box.right - 1 ? [row.textContent ?? ''] : [];
    });
  });
}

/** How far the page scrolls sideways (0: no horizontal overflow). */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Texts of the terminal's drawn rows. */
function rowTexts(rows: Locator): Promise<string[]> {
  return rows.evaluate((element) => [...element.children].map((row) => (row.textContent ?? '').trimEnd()));
}

/** A hexdump row of exactly `bytes` bytes and its text column, as the terminals print them. */
const dumpRow = (bytes: number) => new RegExp(`^\\s*[0-9a-f]{4}  (?:[0-9a-f]{2} ){${bytes - 1}}[0-9a-f]{2}  .{${bytes}}$`);

/** Opens /websocket's terminal and steps the player until the first message (the upgrade GET) is printed as a hexdump. */
async function firstMessageInTerminal(page: Page): Promise<Locator> {
  await page.goto('/websocket');
  const slot = page.locator('.terminal-slot');
  await expect(async () => {
    await slot.scrollIntoViewIfNeeded();
    await expect(slot.locator('.xterm-rows')).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  const rows = slot.locator('.xterm-rows');
  await expect(rows).toContainText('Nothing sent yet');
  await page.getByRole('textbox', { name: 'Terminal: every message sent so far, as a hexdump' }).focus();
  // The first steps may send nothing (a state change, a timer): step until a dump appears.
  await expect(async () => {
    await page.keyboard.press('ArrowRight');
    await expect(rows).toContainText(/[0-9a-f]{4}  [0-9a-f]{2} [0-9a-f]{2} /, { timeout: 1500 });
  }).toPass({ timeout: 15_000 });
  await page.locator('.timeline-terminal summary').click();
  await expect(page.locator('.timeline-terminal pre')).toContainText(/Client → Server\s+GET \/chat/);
  return rows;
}

test.describe('terminals at 390 px', () => {
  test('/terminal fits its columns to the box: long lines wrap, hexdumps keep their text column', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/terminal');
    const session = page.locator('.terminal-session');
    await expect(session.getByRole('status')).toContainText('Connected to');
    const rows = session.locator('.xterm-rows');
    await expect(rows).toContainText('socketlab.v1');
    const input = page.getByLabel('Message or command');
    const message = 'a line much longer than a phone is wide, to see where it ends up';
    await input.fill(message);
    await input.press('Enter');
    await expect(rows).toContainText('the server read');
    expect(await cutRows(rows)).toEqual([]);
    // The whole message is there, wrapped over rows rather than cut.
    expect((await rows.innerText()).replace(/\s+/g, ' ')).toContain('a line much longer than a phone is wide');

    await input.fill('/hex on');
    await input.press('Enter');
    await input.fill('hi there');
    await input.press('Enter');
    await expect(rows).toContainText('the server read');
    await expect(rows).toContainText(/0000\s+68 69 20 74( 68 65 72 65)?\s+hi t/);
    const texts = await rowTexts(rows);
    // Never 16 bytes a row in ~40 columns; a full row of 4 or 8 with its text column.
    expect(texts.some((text) => dumpRow(4).test(text) || dumpRow(8).test(text))).toBe(true);
    expect(texts.some((text) => dumpRow(16).test(text))).toBe(false);
    expect(await cutRows(rows)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(errors).toEqual([]);
  });

  test('/websocket: the timeline terminal fits, and its hexdump rows are short enough to read', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const rows = await firstMessageInTerminal(page);
    const texts = await rowTexts(rows);
    expect(texts.some((text) => dumpRow(8).test(text))).toBe(true);
    expect(texts.some((text) => dumpRow(16).test(text))).toBe(false);
    expect(await cutRows(rows)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(errors).toEqual([]);
  });

  test('a terminal refits when its box grows: the dump goes back to 16 bytes a row', async ({ page }) => {
    const rows = await firstMessageInTerminal(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator('.terminal-slot').scrollIntoViewIfNeeded();
    await expect(async () => {
      expect((await rowTexts(rows)).some((text) => dumpRow(16).test(text))).toBe(true);
    }).toPass({ timeout: 5000 });
    expect(await cutRows(rows)).toEqual([]);
  });
});
