import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_MODEL_VERSION, defaultRequestHeaders } from './defaultRequestHeaders';
import {
  CAPTURE_KINDS, CAPTURE_ORIGINS, CAPTURE_PATHS, CAPTURE_POST_BODY, FIXTURE_PORT, RFC_SAMPLE_KEY, fixtureName, type CaptureOrigin,
} from './fixtures/captureNames';
import { serializeRequest } from './serializeRequest';

const major = CHROME_MODEL_VERSION.split('.')[0]!;
const dir = join(import.meta.dirname, 'fixtures', `chromium-${major}`);
const HOSTS: Readonly<Record<CaptureOrigin, string>> = { 'non-secure': `lab.example:${FIXTURE_PORT}`, localhost: `localhost:${FIXTURE_PORT}` };
const latin1 = new TextDecoder('latin1');

describe(`the browser header model against Chromium ${major}'s captured request heads`, () => {
  it('follows the Chromium version the fixtures were captured with', () => {
    const capture = JSON.parse(readFileSync(join(dir, 'capture.json'), 'utf8')) as { version: string };
    expect(capture.version).toBe(CHROME_MODEL_VERSION);
  });

  for (const origin of CAPTURE_ORIGINS) {
    for (const kind of CAPTURE_KINDS) {
      it(`writes the ${kind} request from a ${origin} origin byte for byte`, () => {
        const host = HOSTS[origin];
        const pageOrigin = `http://${host}`;
        const headers = defaultRequestHeaders(host, {
          kind,
          pageOrigin,
          referer: kind === 'navigation' ? undefined : `${pageOrigin}${CAPTURE_PATHS.navigation}`,
          bodyLength: kind === 'post' ? CAPTURE_POST_BODY.length : undefined,
          webSocketKey: RFC_SAMPLE_KEY,
        });
        const head = serializeRequest({ method: kind === 'post' ? 'POST' : 'GET', target: CAPTURE_PATHS[kind], headers });
        const captured = readFileSync(join(dir, fixtureName(origin, kind)), 'latin1');
        expect(latin1.decode(head.bytes)).toBe(captured);
      });
    }
  }
});
