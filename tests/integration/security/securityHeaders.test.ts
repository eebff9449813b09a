/** The real server's answers carry their security headers: pages, embeds, files, the 404 page and live answers. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, INLINE_SCRIPT, startOnFixture, type Running } from './siteFixture';

let running: Running;
let host: string;

beforeAll(async () => {
  running = await startOnFixture();
  host = `127.0.0.1:${running.port}`;
});

afterAll(() => running.close());

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const csp = (headers: Record<string, unknown>) => String(headers['content-security-policy']);

describe('security headers of the static site', () => {
  it('gives a page a policy with its own inline script and style attribute hashes, and refuses framing', async () => {
    const answer = await get(running.port, '/', { host });
    expect(answer.status).toBe(200);
    expect(csp(answer.headers)).toContain(`script-src 'self' ${sha(INLINE_SCRIPT)}`);
    expect(csp(answer.headers)).toContain(`style-src 'self' 'unsafe-hashes' ${sha('color: teal')}`);
    expect(csp(answer.headers)).toContain("frame-ancestors 'none'");
    expect(csp(answer.headers)).toContain(`connect-src 'self' ws://${host} wss://${host}`);
    expect(answer.headers['x-frame-options']).toBe('DENY');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it('finds the same page under /index.html', async () => {
    expect(csp((await get(running.port, '/index.html', { host })).headers)).toContain(sha(INLINE_SCRIPT));
  });

  it('leaves an embed frameable from anywhere', async () => {
    for (const path of ['/embed/polling', '/embed/polling/', '/embed/polling?lang=ko']) {
      const answer = await get(running.port, path, { host });
      expect(answer.status).toBe(200);
      expect(csp(answer.headers)).not.toContain('frame-ancestors');
      expect(answer.headers['x-frame-options']).toBeUndefined();
      expect(csp(answer.headers)).toContain(sha(INLINE_SCRIPT));
    }
  });

  it('gives the 404 page its own policy', async () => {
    const answer = await get(running.port, '/nowhere', { host });
    expect(answer.status).toBe(404);
    expect(answer.body).toContain('not here');
    expect(csp(answer.headers)).toContain(sha(INLINE_SCRIPT));
    expect(answer.headers['x-frame-options']).toBe('DENY');
  });

  it('gives a file that is no page no inline sources', async () => {
    const answer = await get(running.port, '/app.js', { host });
    expect(answer.status).toBe(200);
    expect(csp(answer.headers)).toContain("script-src 'self'; ");
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });

  it('leaves live answers as the live side writes them, never sniffed', async () => {
    const answer = await get(running.port, '/api/poll?session=headers', { host });
    expect(answer.status).toBe(200);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['content-security-policy']).toBeUndefined();
  });
});
