/**
 * The build leaves brotli and gzip siblings beside its files (scripts/precompress.ts);
 * the real server sends the one the request accepts, and the bytes on the wire
 * are that file's, not the original's.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../../scripts/precompress';
import { fixtureSite, startOnFixture, type Running } from '../security/siteFixture';

const SCRIPT_PATH = '/_astro/widget.Ab12Cd34.js';
// Compressible like real code: the same shapes over and over, with some variety.
const SCRIPT = Array.from({ length: 400 }, (_, i) => `export function step${i}(state) { return { ...state, step: ${i}, at: state.at + ${i * 7} }; }\n`).join('');

let running: Running;
let site: string;

beforeAll(async () => {
  site = fixtureSite();
  mkdirSync(join(site, '_astro'));
  writeFileSync(join(site, SCRIPT_PATH), SCRIPT);
  writeFileSync(join(site, 'tiny.js'), 'console.log(1)');
  precompress(site);
  running = await startOnFixture({}, site);
});

afterAll(() => running.close());

/** One answer with its body as the raw bytes that crossed the socket (Node's http does not decode them). */
interface RawAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

function fetchRaw(path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: running.port, path, headers: { host: `127.0.0.1:${running.port}`, ...headers }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compressed static files', () => {
  it('writes a brotli and a gzip sibling that decode to the original, and none for a file too small to gain', () => {
    const br = readFileSync(join(site, `${SCRIPT_PATH}.br`));
    const gz = readFileSync(join(site, `${SCRIPT_PATH}.gz`));
    expect(brotliDecompressSync(br).toString()).toBe(SCRIPT);
    expect(gunzipSync(gz).toString()).toBe(SCRIPT);
    expect(() => readFileSync(join(site, 'tiny.js.br'))).toThrow();
  });

  it('answers a script with Content-Encoding: br when brotli is accepted, the brotli size on the wire', async () => {
    const answer = await fetchRaw(SCRIPT_PATH, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    const br = readFileSync(join(site, `${SCRIPT_PATH}.br`));
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toBe('text/javascript');
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(Number(answer.headers['content-length'])).toBe(br.length);
    expect(answer.body.length).toBe(br.length);
    expect(answer.body.length).toBeLessThan(SCRIPT.length / 4);
    expect(brotliDecompressSync(answer.body).toString()).toBe(SCRIPT);
  });

  it('answers with gzip when only gzip is accepted', async () => {
    const answer = await fetchRaw(SCRIPT_PATH, { 'accept-encoding': 'gzip' });
    const gz = readFileSync(join(site, `${SCRIPT_PATH}.gz`));
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(Number(answer.headers['content-length'])).toBe(gz.length);
    expect(answer.body.length).toBe(gz.length);
    expect(gunzipSync(answer.body).toString()).toBe(SCRIPT);
  });

  it('answers with the original bytes when no coding is accepted, or brotli is refused with q=0', async () => {
    const requests: Record<string, string>[] = [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'br;q=0' }];
    for (const headers of requests) {
      const answer = await fetchRaw(SCRIPT_PATH, headers);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(answer.body.toString()).toBe(SCRIPT);
      expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(SCRIPT));
    }
  });

  it('gives each coding its own ETag, and a 304 for the one the client holds', async () => {
    const br = await fetchRaw(SCRIPT_PATH, { 'accept-encoding': 'br' });
    const gzip = await fetchRaw(SCRIPT_PATH, { 'accept-encoding': 'gzip' });
    const identity = await fetchRaw(SCRIPT_PATH);
    const tags = [br, gzip, identity].map((answer) => answer.headers.etag);
    expect(new Set(tags).size).toBe(3);
    const again = await fetchRaw(SCRIPT_PATH, { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const otherCoding = await fetchRaw(SCRIPT_PATH, { 'accept-encoding': 'gzip', 'if-none-match': String(br.headers.etag) });
    expect(otherCoding.status).toBe(200);
  });

  it('keeps hashed /_astro/ files for a year and has pages revalidated', async () => {
    const script = await fetchRaw(SCRIPT_PATH, { 'accept-encoding': 'br' });
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await fetchRaw('/', { 'accept-encoding': 'br' });
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toContain("script-src 'self' 'sha256-");
  });

  it('does not cache a missing /_astro/ file for a year', async () => {
    const missing = await fetchRaw('/_astro/gone.Zz99.js', { 'accept-encoding': 'br' });
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-cache');
  });
});
