/**
 * `npm run weight`: serves the built site, opens each lesson page in Chromium at
 * a desktop viewport without scrolling, and prints the JavaScript it loaded
 * (gzip). Exits 1 when a page is over the budget.
 */
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { createServer } from '../server/createServer';
import { budgetOf, measureScriptWeight, totalGzip } from '../tests/support/jsWeight';
import { budgetedPages } from '../tests/support/lessonPages';
import { koreanPages } from '../tests/support/sitePages';

const { server, close } = createServer(join(import.meta.dirname, '..', 'dist'));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

let over = false;
// gzip KB: each script gzipped at level 9 (the budget's measure); wire KB: the bodies as the server sent them
// (brotli to Chromium, which accepts it; see server/siteHandler.ts).
console.log('page                     scripts   raw KB   gzip KB   wire KB   budget');
// The terminal page is a tool, not a lesson page, so its figure is printed without the lesson budget. The compare
// page has its own budget (60 KB): it opens on build-time figures and loads the simulator when the reader acts.
// Korean pages are held to their English twin plus their Korean strings (tests/e2e/weight.spec.ts), not to the budget.
const unbudgeted = ['/terminal', ...koreanPages];
for (const path of [...budgetedPages, '/compare', ...unbudgeted]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const weights = await measureScriptWeight(page, `http://127.0.0.1:${port}${path}`);
  const gzip = totalGzip(weights);
  const raw = weights.reduce((sum, w) => sum + w.bytes, 0);
  const wire = weights.reduce((sum, w) => sum + w.wireBytes, 0);
  const budgeted = !unbudgeted.includes(path);
  const budget = budgetOf(path);
  if (budgeted) over ||= gzip > budget;
  const verdict = !budgeted ? '(no budget)' : `${gzip <= budget ? 'ok' : 'OVER'} (${budget / 1024} KB)`;
  console.log(`${path.padEnd(24)} ${String(weights.length).padStart(7)} ${(raw / 1024).toFixed(1).padStart(8)} ${(gzip / 1024).toFixed(1).padStart(9)} ${(wire / 1024).toFixed(1).padStart(9)}   ${verdict}`);
  await page.close();
}
await browser.close();
await close();
process.exit(over ? 1 : 0);
