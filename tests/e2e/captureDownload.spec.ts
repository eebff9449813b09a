import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { collectConsoleErrors } from '../support/consoleErrors';
import { hydratedWidget } from '../support/widget';

const SECTION_HEADER = '0a0d0d0a';
// The exporter's own chunks: neither may load before the reader asks for a file.
const CAPTURE_CHUNK = /\/_astro\/(capture|downloadCapture)\.[\w-]+\.js$/;

for (const { path, scenario, inFile } of [
  { path: '/polling', scenario: 'polling', inFile: 'GET /poll HTTP/1.1' },
  { path: '/websocket', scenario: 'websocket', inFile: 'GET /chat HTTP/1.1' },
]) {
  test(`${path}: "Download capture (.pcapng)" saves the widget's timeline as a pcapng file, loading the exporter only on click`, async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(request.url()));
    await page.goto(path);
    await hydratedWidget(page);
    const button = page.getByRole('button', { name: 'Download capture (.pcapng)' }).first();
    await expect(button).toBeVisible();
    await expect(button).toHaveAccessibleDescription(/Wireshark/);
    expect(scripts.filter((url) => CAPTURE_CHUNK.test(url))).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^socket-lab-${scenario}-seed\\d+\\.pcapng$`));
    const file = await readFile((await download.path())!);
    expect(file.subarray(0, 4).toString('hex')).toBe(SECTION_HEADER);
    expect(file.toString('latin1')).toContain(`a simulated capture of the "${scenario}" lesson`);
    expect(file.toString('latin1')).toContain(inFile);
    expect(scripts.some((url) => CAPTURE_CHUNK.test(url))).toBe(true);
    expect(errors).toEqual([]);
  });
}

test('/ko/polling: the capture button and its sentence are in Korean', async ({ page }) => {
  await page.goto('/ko/polling');
  await hydratedWidget(page);
  await expect(page.getByRole('button', { name: '캡처 다운로드 (.pcapng)' }).first()).toHaveAccessibleDescription(/Wireshark에서/);
});
