/**
 * Captures the request heads Debian's Chromium really sends, for the header model's fixtures:
 * `node --import tsx scripts/captureRequestHeads.ts` (CHROME_PATH overrides /usr/bin/chromium).
 *
 * A raw TCP server on 127.0.0.1 (node:net, so nothing rewrites the bytes) records every request head up to and
 * including its empty line and answers each kind minimally: 200 HTML for the navigation, 200 JSON for fetch() GET
 * and POST, text/event-stream for EventSource, a correct 101 (then a Close frame) for the WebSocket upgrade.
 * Chromium loads one page per origin and makes the four subresource requests from it:
 * - `http://lab.example:PORT`: not secure and not localhost (`--host-resolver-rules` maps the name to 127.0.0.1);
 * - `http://localhost:PORT`: potentially trustworthy, so Chromium treats it like a secure origin.
 * The heads go to src/sim/http/fixtures/chromium-<major>/<origin>-<kind>.txt, normalised (see `normalise`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { computeAcceptKey } from '../src/sim/ws/acceptKey';
import {
  CAPTURE_ORIGINS, CAPTURE_KINDS, CAPTURE_PATHS, CAPTURE_POST_BODY, FIXTURE_PORT, RFC_SAMPLE_KEY, fixtureName, type CaptureKind, type CaptureOrigin,
} from '../src/sim/http/fixtures/captureNames';

const HEAD_END = Buffer.from('\r\n\r\n');
const KIND_OF = new Map(Object.entries(CAPTURE_PATHS).map(([kind, path]) => [path, kind as CaptureKind]));

const heads = new Map<string, string>();

/** Answers one request head on `socket`; returns how many body bytes to skip first. */
function answer(socket: Socket, head: string): number {
  const [requestLine = ''] = head.split('\r\n');
  const path = requestLine.split(' ')[1] ?? '';
  const host = /^host: *(.*)$/im.exec(head)?.[1]?.trim() ?? '';
  const kind = KIND_OF.get(path);
  if (kind && !heads.has(`${host} ${kind}`)) heads.set(`${host} ${kind}`, head);
  const bodyLength = Number(/^content-length: *(\d+)/im.exec(head)?.[1] ?? 0);
  const reply = (status: string, type: string, body: string): void => {
    socket.end(`HTTP/1.1 ${status}\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  };
  switch (kind) {
    case 'navigation':
      reply('200 OK', 'text/html; charset=utf-8', '<!doctype html><html><head><link rel="icon" href="data:,"><title>capture</title></head><body>capture</body></html>');
      break;
    case 'fetch':
    case 'post':
      reply('200 OK', 'application/json', '{"ok":true}');
      break;
    case 'eventsource':
      // No Content-Length: the stream stays open until the page closes its EventSource.
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n\r\ndata: hello\n\n');
      break;
    case 'websocket': {
      const key = /^sec-websocket-key: *(.*)$/im.exec(head)?.[1]?.trim() ?? '';
      socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${computeAcceptKey(key)}\r\n\r\n`);
      // An unmasked Close 1000 (RFC 6455 §5.5.1), then the server closes TCP first (§7.1.1).
      socket.end(Buffer.from([0x88, 0x02, 0x03, 0xe8]));
      break;
    }
    default:
      reply('404 Not Found', 'text/plain', 'not found');
  }
  return bodyLength;
}

const server = createServer((socket) => {
  let pending = Buffer.alloc(0);
  let skip = 0;
  socket.on('error', () => socket.destroy());
  socket.on('data', (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    for (;;) {
      if (skip > 0) {
        const n = Math.min(skip, pending.length);
        pending = pending.subarray(n);
        skip -= n;
        if (skip > 0) return;
      }
      const end = pending.indexOf(HEAD_END);
      if (end < 0 || socket.writableEnded) return;
      const head = pending.subarray(0, end + HEAD_END.length).toString('latin1');
      pending = pending.subarray(end + HEAD_END.length);
      skip = answer(socket, head);
    }
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP lab.example 127.0.0.1, MAP localhost 127.0.0.1',
  ],
});
const version = browser.version();
const HOST_OF: Readonly<Record<CaptureOrigin, string>> = { 'non-secure': 'lab.example', localhost: 'localhost' };

for (const origin of CAPTURE_ORIGINS) {
  const base = `http://${HOST_OF[origin]}:${port}`;
  const page = await browser.newPage();
  await page.goto(`${base}${CAPTURE_PATHS.navigation}`);
  await page.evaluate(async ({ paths, body }) => {
    await (await fetch(paths.fetch)).text();
    await new Promise<void>((resolve, reject) => {
      const source = new EventSource(paths.eventsource);
      source.onmessage = () => { source.close(); resolve(); };
      source.onerror = () => { source.close(); reject(new Error('EventSource failed')); };
    });
    await new Promise<void>((resolve, reject) => {
      const socket = new WebSocket(`${location.origin.replace('http', 'ws')}${paths.websocket}`);
      socket.onclose = (e) => (e.code === 1000 ? resolve() : reject(new Error(`WebSocket closed with ${e.code}`)));
    });
    await (await fetch(paths.post, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })).text();
  }, { paths: CAPTURE_PATHS, body: CAPTURE_POST_BODY });
  await page.close();
}
await browser.close();
server.close();

/**
 * What differs from run to run or machine to machine is replaced: the server's random port by FIXTURE_PORT, the
 * random Sec-WebSocket-Key by RFC 6455's sample key (same length), and headless Chromium's "HeadlessChrome"
 * product token by "Chrome" (what the same build sends with a window; same major version, reduced UA).
 */
function normalise(head: string): string {
  return head
    .replaceAll(`:${port}`, `:${FIXTURE_PORT}`)
    .replace(/^(sec-websocket-key: *).*$/im, `$1${RFC_SAMPLE_KEY}`)
    .replaceAll('HeadlessChrome', 'Chrome');
}

const major = version.split('.')[0]!;
const dir = join(import.meta.dirname, '..', 'src', 'sim', 'http', 'fixtures', `chromium-${major}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
let missing = 0;
for (const origin of CAPTURE_ORIGINS) {
  for (const kind of CAPTURE_KINDS) {
    const head = heads.get(`${HOST_OF[origin]}:${port} ${kind}`);
    if (!head) { console.error(`no ${kind} request from ${origin}`); missing++; continue; }
    writeFileSync(join(dir, fixtureName(origin, kind)), normalise(head), 'latin1');
  }
}
writeFileSync(join(dir, 'capture.json'), `${JSON.stringify({ browser: 'Chromium', version, executable: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, null, 2)}\n`);
console.log(`Chromium ${version}: ${heads.size} heads → ${dir}`);
process.exit(missing > 0 ? 1 : 0);
