import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { createServer } from '../server/createServer';

const { server, close } = createServer(join(import.meta.dirname, '..', 'dist'));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address() as AddressInfo;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic'] });
const pages = (process.env.PAGES ?? '/polling,/websocket,/compare,/ko/stomp').split(',');
const widths = (process.env.WIDTHS ?? '1280,390').split(',').map(Number);
const themes = (process.env.THEMES ?? 'light,dark').split(',') as ('light' | 'dark')[];
const playMs = Number(process.env.PLAY_MS ?? 3000);
for (const path of pages) for (const width of widths) for (const theme of themes) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
  await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'load' });
  const target = path.includes('compare') ? '.diagrams' : '.sequence-diagram';
  const diagram = page.locator(target).first();
  await diagram.scrollIntoViewIfNeeded();
  await page.waitForTimeout(1200);
  const widget = path.includes('compare') ? page.locator('.diagrams').first() : page.locator('.lesson-widget').first();
  const play = widget.getByRole('button', { name: /^(Play|재생)/ }).first();
  if (await play.count()) { await play.click(); await page.waitForTimeout(playMs); const pause = widget.getByRole('button', { name: /^(Pause|일시 정지|일시정지)/ }).first(); if (await pause.count()) await pause.click(); }
  await page.waitForTimeout(300);
  await diagram.scrollIntoViewIfNeeded();
  const name = `${path.replace(/\//g, '_') || 'home'}-${width}-${theme}.png`;
  await diagram.screenshot({ path: `/tmp/diag/shots/${name}` });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  console.log(name, 'page overflow px:', overflow);
  await page.close();
}
await browser.close(); await close();
