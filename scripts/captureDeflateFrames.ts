/**
 * Captures the compressed WebSocket frames Debian's Chromium really sends with permessage-deflate (RFC 7692), for the
 * codec's fixtures: `node --import tsx scripts/captureDeflateFrames.ts` (CHROME_PATH overrides /usr/bin/chromium).
 *
 * A raw TCP server on 127.0.0.1 (node:net, so nothing rewrites the bytes) answers each upgrade with a correct 101 that
 * accepts Chromium's offer (`permessage-deflate; client_max_window_bits`) under one of the agreements below, written by
 * the project's own `acceptDeflateOffer`. The page sends the same texts on each connection, then closes with 1000; the
 * server records every byte the client sent after the upgrade, answers the Close and closes TCP first (RFC 6455 §7.1.1).
 * The frames go to src/sim/ws/permessageDeflate/fixtures/chromium-<major>/<agreement>.json, as sent (masked, with
 * Chromium's random masking keys: nothing to normalise, they are part of the bytes).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { computeAcceptKey } from '../src/sim/ws/acceptKey';
import { decodeFrame } from '../src/sim/ws/decodeFrame';
import { acceptDeflateOffer } from '../src/sim/ws/permessageDeflate/negotiateDeflate';
import { DEFLATE_AGREEMENTS, DEFLATE_TEXTS, type DeflateFixture } from '../src/sim/ws/permessageDeflate/fixtures/deflateCaptureNames';

const HEAD_END = Buffer.from('\r\n\r\n');

/** What each connection's client sent after its upgrade, by the path it asked for. */
const sent = new Map<string, { offer: string; response: string; bytes: Buffer }>();

/** Answers the upgrade head on `socket` and records the frames that follow. */
function upgrade(socket: Socket, head: string, rest: Buffer): void {
  const path = head.split('\r\n')[0]?.split(' ')[1] ?? '';
  const name = path.slice(1);
  const agreement = DEFLATE_AGREEMENTS.find((a) => a.name === name);
  const key = /^sec-websocket-key: *(.*)$/im.exec(head)?.[1]?.trim() ?? '';
  const offer = /^sec-websocket-extensions: *(.*)$/im.exec(head)?.[1]?.trim();
  const negotiation = agreement ? acceptDeflateOffer(offer, agreement.server) : undefined;
  if (negotiation?.kind !== 'accepted') {
    socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    return;
  }
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${computeAcceptKey(key)}\r\nSec-WebSocket-Extensions: ${negotiation.header}\r\n\r\n`);
  const record = { offer: offer ?? '', response: negotiation.header, bytes: rest };
  sent.set(name, record);
  const answerCloseWhenSeen = (): void => {
    // Walk the frames so far; at the client's Close, echo its code and close TCP.
    let at = 0;
    for (;;) {
      const d = decodeFrame(record.bytes.subarray(at), { role: 'server', extensions: { rsv1: true } });
      if (!d.ok) return;
      if (d.frame.opcode === 0x8) {
        socket.end(Buffer.from([0x88, 0x02, 0x03, 0xe8]));
        return;
      }
      at += d.consumed;
    }
  };
  socket.on('data', (chunk) => {
    record.bytes = Buffer.concat([record.bytes, chunk]);
    answerCloseWhenSeen();
  });
  answerCloseWhenSeen();
}

const server = createServer((socket) => {
  let pending = Buffer.alloc(0);
  socket.on('error', () => socket.destroy());
  const onHead = (chunk: Buffer): void => {
    pending = Buffer.concat([pending, chunk]);
    const end = pending.indexOf(HEAD_END);
    if (end < 0) return;
    socket.off('data', onHead);
    const head = pending.subarray(0, end + HEAD_END.length).toString('latin1');
    if (!/^upgrade: *websocket/im.test(head)) {
      const body = '<!doctype html><html><head><link rel="icon" href="data:,"><title>deflate</title></head><body>deflate</body></html>';
      socket.end(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
      return;
    }
    upgrade(socket, head, pending.subarray(end + HEAD_END.length));
  };
  socket.on('data', onHead);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const version = browser.version();
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${port}/`);
for (const agreement of DEFLATE_AGREEMENTS) {
  const extensions = await page.evaluate(async ({ path, texts }) => new Promise<string>((resolve, reject) => {
    const socket = new WebSocket(`ws://${location.host}/${path}`);
    let agreed = '';
    socket.onopen = () => {
      agreed = socket.extensions;
      for (const text of texts) socket.send(text);
      socket.close(1000);
    };
    socket.onclose = (e) => (e.code === 1000 ? resolve(agreed) : reject(new Error(`WebSocket closed with ${e.code}`)));
  }), { path: agreement.name, texts: DEFLATE_TEXTS });
  console.log(`${agreement.name}: the page saw extensions "${extensions}"`);
}
await browser.close();
server.close();

const major = version.split('.')[0]!;
const dir = join(import.meta.dirname, '..', 'src', 'sim', 'ws', 'permessageDeflate', 'fixtures', `chromium-${major}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
let missing = 0;
for (const agreement of DEFLATE_AGREEMENTS) {
  const record = sent.get(agreement.name);
  const frames: string[] = [];
  let at = 0;
  while (record && at < record.bytes.length) {
    const d = decodeFrame(record.bytes.subarray(at), { role: 'server', extensions: { rsv1: true } });
    if (!d.ok) break;
    frames.push(record.bytes.subarray(at, at + d.consumed).toString('hex'));
    at += d.consumed;
  }
  // One frame per text, then the Close.
  if (!record || frames.length !== DEFLATE_TEXTS.length + 1) { console.error(`${agreement.name}: expected ${DEFLATE_TEXTS.length + 1} frames, got ${frames.length}`); missing++; continue; }
  const fixture: DeflateFixture = {
    browser: 'Chromium', version, agreement: agreement.name, offer: record.offer, response: record.response,
    messages: DEFLATE_TEXTS.map((text, i) => ({ text, frame: frames[i]! })), close: frames[DEFLATE_TEXTS.length]!,
  };
  writeFileSync(join(dir, `${agreement.name}.json`), `${JSON.stringify(fixture, null, 2)}\n`);
}
console.log(`Chromium ${version}: ${DEFLATE_AGREEMENTS.length - missing} connections → ${dir}`);
process.exit(missing > 0 ? 1 : 0);
