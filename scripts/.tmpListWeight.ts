import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { createServer } from '/work/wt/diagram/server/createServer';
import { measureScriptWeight } from '/work/wt/diagram/tests/support/jsWeight';
const dist = process.argv[2] ?? '/work/wt/diagram/dist';
const { server, close } = createServer(dist);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address() as AddressInfo;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic'] });
for (const path of process.argv.slice(3)) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const w = await measureScriptWeight(page, `http://127.0.0.1:${port}${path}`);
  let total = 0;
  for (const s of w.sort((a, b) => b.gzipBytes - a.gzipBytes)) { total += s.gzipBytes; console.log(path, s.url.replace(/.*\//, '').padEnd(40), (s.gzipBytes / 1024).toFixed(2)); }
  console.log(path, 'TOTAL', (total / 1024).toFixed(2));
  await page.close();
}
await browser.close(); await close();
