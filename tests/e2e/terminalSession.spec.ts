import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from '../support/consoleErrors';

/** Opens /terminal and waits until the terminal has loaded and the echo server has accepted the connection. */
async function connected(page: Page) {
  await page.goto('/terminal');
  const session = page.locator('.terminal-session');
  await session.scrollIntoViewIfNeeded();
  await expect(session.getByRole('status')).toContainText(/Connected to ws:\/\/127\.0\.0\.1:\d+\/ws\?mirror=1/);
  const rows = session.locator('.xterm-rows');
  await expect(rows).toContainText('subprotocol socketlab.v1');
  return { rows, input: page.getByLabel('Message or command') };
}

test.describe('/terminal', () => {
  test('a line typed and entered before the island has hydrated stays in the input, and the page does not reload', async ({ page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/TerminalSession\.[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/terminal');
    const input = page.getByLabel('Message or command');
    await input.pressSequentially('too soon');
    await input.press('Enter');
    await expect(page).toHaveURL(/\/terminal$/);
    release();
    const session = page.locator('.terminal-session');
    await expect(session.getByRole('status')).toContainText(/Connected to ws:\/\/127\.0\.0\.1:\d+\/ws\?mirror=1/);
    await expect(input).toHaveValue('too soon');
    await input.press('Enter');
    await expect(session.locator('.xterm-rows')).toContainText(/→ text\s+8 bytes\s+“too soon”/);
  });

  test('a line typed before xterm has loaded is not lost: it is sent, and printed once the terminal arrives', async ({ page }) => {
    // Hold xterm's code back until the line is typed, as a slow phone would.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/xterm\.[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/terminal');
    const session = page.locator('.terminal-session');
    await expect(session.getByRole('status')).toContainText(/Connected to ws:\/\/127\.0\.0\.1:\d+\/ws\?mirror=1/);
    await expect(session.locator('.terminal-view')).toHaveAttribute('data-status', 'waiting');
    const input = page.getByLabel('Message or command');
    await input.pressSequentially('early bird');
    await input.press('Enter');
    await expect(session.getByRole('log')).toContainText('early bird');
    await expect(session.locator('.terminal-view')).toHaveAttribute('data-status', 'waiting');
    release();
    await expect(session.locator('.xterm-rows')).toContainText(/→ text\s+10 bytes\s+“early bird”/);
    await expect(session.locator('.xterm-rows')).toContainText(/← text\s+\d+ bytes\s+echo of “early bird”/);
  });

  test('a typed line goes out as a masked text frame and comes back from the echo server; /close 1000 bye closes cleanly', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const { rows, input } = await connected(page);
    await input.fill('hello terminal');
    await input.press('Enter');
    await expect(rows).toContainText(/→ text\s+14 bytes\s+“hello terminal”/);
    await expect(rows).toContainText(/← text\s+\d+ bytes\s+echo of “hello terminal”\s+round trip/);
    // The server's mirror: the frame as it arrived, masked by the browser.
    await expect(rows).toContainText(/the server read: text \(opcode 0x1\)\s+FIN=1 MASK=1\s+length 14 \(7-bit\)/);
    await expect(rows).toContainText(/masking key ([0-9a-f]{2} ){3}[0-9a-f]{2}, header 81 8e/);

    await input.fill('/close 1000 bye');
    await input.press('Enter');
    await expect(rows).toContainText(/→ close\s+5 bytes\s+code 1000, reason “bye”/);
    await expect(rows).toContainText('closed with 1000 Normal closure');
    await expect(rows).toContainText('Clean close');
    await expect(page.locator('.terminal-session').getByRole('status')).toContainText('Closed');
    expect(errors).toEqual([]);
  });

  test('binary frames come back as sent, with hexdumps on; a bad command is explained', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const { rows, input } = await connected(page);
    await input.fill('/hex on');
    await input.press('Enter');
    await input.fill('/binary 01 02 ff');
    await input.press('Enter');
    await expect(rows).toContainText(/← binary\s+3 bytes/);
    await expect(rows).toContainText(/0000\s+01 02 ff/);
    // The mirror's hexdump: header 82 83 (FIN + binary, MASK + length 3), then the key and the masked bytes.
    await expect(rows).toContainText(/0000\s+82 83/);
    await input.fill('/close 1005');
    await input.press('Enter');
    await expect(rows).toContainText('1005 is not a code a Close frame may carry');
    await input.press('ArrowUp');
    await expect(input).toHaveValue('/close 1005');
    expect(errors).toEqual([]);
  });

  test('/ping asks the server for a real Ping, and the mirror shows the Pong the browser sent by itself', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const { rows, input } = await connected(page);
    await input.fill('/ping are you there');
    await input.press('Enter');
    await expect(rows).toContainText(/→ ping request/);
    await expect(rows).toContainText(/← Ping from the server, payload 13 bytes\s+“are you there”/);
    await expect(rows).toContainText(/the server read: pong \(opcode 0xa\)\s+FIN=1 MASK=1\s+length 13/);
    await expect(rows).toContainText('your browser sent this pong by itself');
    expect(errors).toEqual([]);
  });
});

