import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { createServer } from '/work/main/server/createServer';
import { measureScriptWeight } from '/work/main/tests/support/jsWeight';
const { server, close } = createServer(join('/work/main', 'dist'));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address() as AddressInfo;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const path of process.argv.slice(2)) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const w = await measureScriptWeight(page, `http://127.0.0.1:${port}${path}`);
  console.log(path); for (const x of w.sort((a,b)=>b.gzipBytes-a.gzipBytes)) console.log((x.gzipBytes/1024).toFixed(1).padStart(6), x.url.split('/').pop());
}
await browser.close(); await close(); process.exit(0);
