import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from '../support/consoleErrors';

async function openLab(page: Page, query = '') {
  await page.goto(`/frame-lab${query}`);
  await page.locator('.frame-lab').scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

test('an unmasked client frame read by a server is explained: sentence, byte 1 marked, rule, close code 1002', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await openLab(page);
  await page.getByLabel('Bytes in hex').fill('0x81 0x05\n48 65 6c 6c 6f');
  const ending = page.getByTestId('ending');
  await expect(ending).toContainText('Protocol error at byte 1');
  await expect(page.getByTestId('error-sentence')).toHaveText('A frame from the client is not masked. A server must close with 1002.');
  await expect(page.getByTestId('close-code')).toContainText('send a close frame with code 1002');
  await expect(ending).toContainText('RFC 6455 §5.1');
  await expect(ending.locator('mark')).toHaveText('05');
  await expect.poll(() => new URL(page.url()).hash).toBe('#hex=810548656c6c6f&role=server');
  expect(errors).toEqual([]);
});

test('a reserved opcode is explained with close code 1002', async ({ page }) => {
  await openLab(page);
  await page.getByRole('button', { name: 'Reserved opcode 0x3' }).click();
  await expect(page.getByTestId('error-sentence')).toContainText('Opcode 0x3 is reserved');
  await expect(page.getByTestId('close-code')).toContainText('1002');
});

test('the RFC 6455 §5.7 masked frame decodes to "Hello", and the link reopens it', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await openLab(page);
  await page.getByLabel('Bytes in hex').fill('81 85 37 fa 21 3d 7f 9f 4d 51 58');
  await expect(page.getByTestId('events')).toContainText('“Hello”');
  await expect(page.getByTestId('payload')).toHaveText('Hello');
  const link = page.url();
  const fresh = await page.context().newPage();
  await openLab(fresh, new URL(link).hash);
  await expect(fresh.getByLabel('Bytes in hex')).toHaveValue('818537fa213d7f9f4d5158');
  await expect(fresh.getByTestId('payload')).toHaveText('Hello');
  expect(errors).toEqual([]);
});

test('bytes cut short are explained: the stated length and what arrived', async ({ page }) => {
  await openLab(page);
  await page.getByRole('button', { name: 'Frame cut short' }).click();
  await expect(page.getByTestId('error-sentence')).toHaveText('The header says 126 bytes of payload, but only 5 arrived: 121 more are needed.');
});

test('a link for a 60 KB frame opens the same frame (the fragment never reaches the server)', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const payloadBytes = 60 * 1024;
  // FIN + binary opcode, 126 = a 16-bit length follows (RFC 6455 §5.2), unmasked: a frame from a server, read by a client.
  const hex = `827e${payloadBytes.toString(16).padStart(4, '0')}${'5a'.repeat(payloadBytes)}`;
  await openLab(page, `#hex=${hex}&role=client`);
  await expect(page.getByTestId('ending')).toContainText('Every byte is accounted for');
  await expect(page.getByTestId('events')).toContainText(`Binary message (1 frame), ${payloadBytes.toLocaleString('en-US')} bytes`);
  expect(new URL(page.url()).hash.length).toBeGreaterThan(payloadBytes * 2);
  expect(errors).toEqual([]);
});

test('an old ?hex= link still opens, and its address moves into the fragment', async ({ page }) => {
  await openLab(page, '?hex=810548656c6c6f&role=client');
  await expect(page.getByTestId('payload')).toHaveText('Hello');
  await expect.poll(() => new URL(page.url()).hash).toBe('#hex=810548656c6c6f&role=client');
  expect(new URL(page.url()).search).toBe('');
});

test('text that is not hex is kept and explained, and nothing throws', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await openLab(page, '?hex=81%2005%20zz&role=client');
  await expect(page.getByLabel('Bytes in hex')).toHaveValue('81 05 zz');
  await expect(page.getByTestId('hex-problem')).toContainText('Character “z” at position 7');
  expect(errors).toEqual([]);
});

test('composing a frame from fields gives its hex, and the tabs work from the keyboard', async ({ page }) => {
  await openLab(page);
  await page.getByRole('tab', { name: 'Paste bytes' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Compose a frame' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('composed-hex')).toHaveText('81 85 37 fa 21 3d 7f 9f 4d 51 58');
  await page.getByRole('checkbox', { name: 'RSV1', exact: true }).check();
  await expect(page.getByTestId('composed-hex')).toHaveText(/^c1 85/);
  await expect(page.getByTestId('error-sentence')).toContainText('RSV1 is set');
});
