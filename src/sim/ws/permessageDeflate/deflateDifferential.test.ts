// Differential tests against Node's zlib and ws (in tests only; the simulator itself uses pako):
// ws negotiates as we do, our compressed messages inflate with zlib and with ws's PerMessageDeflate,
// and we read the bytes a real ws server sends with permessage-deflate on loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import net from 'node:net';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { MessageReader } from '../messageReader';
import { OPCODE_TEXT } from '../opcodes';
import { encodeDeflatedMessage } from './encodeDeflatedMessage';
import { MessageDeflater, DEFLATE_TAIL } from './messageDeflater';
import { acceptDeflateOffer, acceptDeflateResponse, type DeflateServerOptions } from './negotiateDeflate';

interface WsPerMessageDeflate {
  accept(configurations: unknown[]): Record<string, unknown>;
  decompress(data: Buffer, fin: boolean, cb: (err: Error | null, result?: Buffer) => void): void;
  cleanup(): void;
}
const requireHere = createRequire(import.meta.url);
const wsDir = dirname(requireHere.resolve('ws/package.json'));
const PerMessageDeflate = requireHere(join(wsDir, 'lib/permessage-deflate.js')) as new (o: object) => WsPerMessageDeflate;
const extension = requireHere(join(wsDir, 'lib/extension.js')) as { parse(h: string): Record<string, unknown[]>; format(e: object): string };
const WsServer = (requireHere(join(wsDir, 'index.js')) as { WebSocketServer: new (o: object) => WsServerLike }).WebSocketServer;
interface WsServerLike {
  on(ev: 'connection', cb: (socket: { send(d: string): void; on(ev: 'message', cb: (d: Buffer) => void): void }) => void): void;
  on(ev: 'listening', cb: () => void): void;
  address(): AddressInfo;
  close(): void;
}

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);
const withTail = (b: Uint8Array) => Buffer.concat([b, DEFLATE_TAIL]);
const json = (i: number) => JSON.stringify({ type: 'tick', symbol: 'ACME', price: 100 + (i % 7), volume: 1000 + i, ts: 1700000000000 + i * 250 });
const MESSAGES = ['Hello', 'Hello', json(1), json(2), json(2), 'ünïcödé ✓', ''];

/** ws's answer to an offer, under ws options, as a header value (or "rejected"). */
function wsAccepts(offer: string, options: object): string {
  try {
    const pmd = new PerMessageDeflate({ ...options, isServer: true });
    const params = pmd.accept(extension.parse(offer)['permessage-deflate']!);
    return extension.format({ 'permessage-deflate': [params] });
  } catch {
    return 'rejected';
  }
}

describe('negotiation, ours against ws', () => {
  const offers = [
    'permessage-deflate', 'permessage-deflate; client_max_window_bits', 'permessage-deflate; server_no_context_takeover',
    'permessage-deflate; client_no_context_takeover', 'permessage-deflate; server_max_window_bits=10',
    'permessage-deflate; client_max_window_bits; server_max_window_bits=10, permessage-deflate; client_max_window_bits',
    'permessage-deflate; server_max_window_bits=16', 'permessage-deflate; bogus', 'permessage-deflate; client_max_window_bits=8',
  ];
  const policies: DeflateServerOptions[] = [{}, { serverNoContextTakeover: true }, { clientNoContextTakeover: true }, { serverMaxWindowBits: false }, { clientMaxWindowBits: 10 }, { serverNoContextTakeover: false }];
  it.each(policies.map((p) => [JSON.stringify(p), p] as const))('accepts, answers and rejects the same offers as ws under %s', (_, policy) => {
    for (const offer of offers) {
      const ours = acceptDeflateOffer(offer, policy);
      const mine = ours.kind === 'accepted' ? ours.header : ours.kind;
      const normalise = (h: string) => h.split(';').map((s) => s.trim()).sort().join('; ');
      expect(mine === 'rejected' ? mine : normalise(mine), offer).toBe(normalise(wsAccepts(offer, policy)));
    }
  });
});

describe('our compressed messages', () => {
  it('inflate with zlib: one raw DEFLATE stream across messages with context takeover, each alone without', () => {
    const keep = new MessageDeflater({ contextTakeover: true });
    const stream = Buffer.concat(MESSAGES.map((m) => withTail(keep.compress(enc(m)))));
    expect(zlib.inflateRawSync(stream, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString()).toBe(MESSAGES.join(''));
    const fresh = new MessageDeflater({ contextTakeover: false });
    for (const m of MESSAGES) expect(zlib.inflateRawSync(withTail(fresh.compress(enc(m))), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString()).toBe(m);
  });

  it("are what Node's zlib writes for the same message (level 6, 15-bit window, sync flush)", () => {
    for (const m of MESSAGES) {
      const node = zlib.deflateRawSync(Buffer.from(m), { level: 6, finishFlush: zlib.constants.Z_SYNC_FLUSH });
      expect(Buffer.from(withTail(new MessageDeflater({ contextTakeover: false }).compress(enc(m)))).toString('hex'), m).toBe(node.toString('hex'));
    }
  });

  it("inflate with ws's PerMessageDeflate, in order, with context takeover", async () => {
    const pmd = new PerMessageDeflate({ isServer: true });
    pmd.accept(extension.parse('permessage-deflate; client_max_window_bits')['permessage-deflate']!);
    const keep = new MessageDeflater({ contextTakeover: true });
    const out: string[] = [];
    for (const m of MESSAGES) {
      out.push(await new Promise<string>((resolve, reject) => pmd.decompress(Buffer.from(keep.compress(enc(m))), true, (err, buf) => (err ? reject(err) : resolve(buf!.toString())))));
    }
    pmd.cleanup();
    expect(out).toEqual(MESSAGES);
  });

  it('shrink a repeated JSON message to a few bytes only with context takeover', () => {
    const keep = new MessageDeflater({ contextTakeover: true });
    const fresh = new MessageDeflater({ contextTakeover: false });
    const m = enc(json(3));
    const [k1, k2] = [keep.compress(m).length, keep.compress(m).length];
    const [f1, f2] = [fresh.compress(m).length, fresh.compress(m).length];
    expect(f2).toBe(f1);
    expect(k1).toBe(f1);
    expect(k2).toBeLessThan(10);
    expect(k2).toBeLessThan(f2 / 5);
  });
});

describe('a real ws server with permessage-deflate, on loopback', () => {
  let server: WsServerLike;
  const received: string[] = [];
  beforeAll(async () => {
    server = new WsServer({ host: '127.0.0.1', port: 0, perMessageDeflate: { threshold: 0 } });
    server.on('connection', (socket) => {
      socket.on('message', (d) => received.push(d.toString()));
      for (const m of MESSAGES) socket.send(m);
    });
    await new Promise<void>((resolve) => server.on('listening', resolve));
  });
  afterAll(() => server.close());

  it("negotiates with Chromium's offer; we inflate every message ws compresses, and ws inflates ours", async () => {
    const sock = net.connect(server.address().port, '127.0.0.1');
    const request = [
      'GET / HTTP/1.1', 'Host: 127.0.0.1', 'Upgrade: websocket', 'Connection: Upgrade', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
      'Sec-WebSocket-Version: 13', 'Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits', '', '',
    ].join('\r\n');
    sock.write(request);
    let buffered = Buffer.alloc(0);
    let reader: MessageReader | undefined;
    const got: string[] = [];
    let rsv1Frames = 0; // messages that arrived compressed (RSV1)
    await new Promise<void>((resolve, reject) => {
      sock.on('error', reject);
      sock.on('data', (chunk: Buffer) => {
        let bytes = chunk;
        if (!reader) {
          buffered = Buffer.concat([buffered, chunk]);
          const end = buffered.indexOf('\r\n\r\n');
          if (end === -1) return;
          const head = buffered.subarray(0, end).toString();
          const ext = /^sec-websocket-extensions: *(.*)$/im.exec(head)?.[1];
          expect(ext).toBe('permessage-deflate');
          const agreed = acceptDeflateResponse(ext);
          if (!agreed.ok || !agreed.agreement) return reject(new Error('not agreed'));
          reader = new MessageReader({ role: 'client', deflate: agreed.agreement });
          // Our messages to ws: compressed, masked, RSV1 on.
          const deflater = new MessageDeflater({ contextTakeover: !agreed.agreement.clientNoContextTakeover });
          for (const [i, m] of MESSAGES.entries()) sock.write(encodeDeflatedMessage(deflater, OPCODE_TEXT, enc(m), [i, 1, 2, 3]).frame.bytes);
          bytes = buffered.subarray(end + 4);
        }
        for (const ev of reader.push(new Uint8Array(bytes))) {
          if (ev.kind === 'message') got.push(dec(ev.data));
          if (ev.kind === 'message' && ev.compressedLength !== undefined) rsv1Frames++;
          else if (ev.kind === 'error') return reject(new Error(ev.error.code));
        }
        if (got.length === MESSAGES.length) resolve();
      });
    });
    sock.destroy();
    expect(got).toEqual(MESSAGES);
    expect(rsv1Frames).toBe(MESSAGES.length);
    await new Promise((r) => setTimeout(r, 50));
    expect(received).toEqual(MESSAGES);
  });
});
