import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { serializeRequest } from './serializeRequest';
import { serializeResponse } from './serializeResponse';
import { encodeChunk } from './encodeChunk';
import { encodeSseEvent } from './encodeSseEvent';
import { parseRequest } from './parseRequest';
import { parseResponse } from './parseResponse';
import { parseResponseHead } from './parseResponseHead';
import { decodeChunked } from './decodeChunked';
import { parseSseStream } from './parseSseStream';
import { withContentLength } from './withContentLength';
import { fieldsTile } from './fieldsTile';
import type { HttpHeader } from './types';

const TCHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-.^_`|~".split('');
const token = fc.string({ unit: fc.constantFrom(...TCHARS), minLength: 1, maxLength: 12 });
// Field content without leading/trailing whitespace (a parser trims OWS), any Unicode inside.
const fieldValue = fc
  .string({ unit: fc.oneof(fc.constantFrom(...TCHARS, ' ', '\t', '"', '(', ',', ';', '=', '/'), fc.constantFrom('é', '양', '😀')), maxLength: 40 })
  .map((s) => s.trim());
// Content-Length and Transfer-Encoding frame the body, so the generator leaves them to the test.
const header: fc.Arbitrary<HttpHeader> = fc
  .record({ name: token, value: fieldValue })
  .filter((h) => !['content-length', 'transfer-encoding'].includes(h.name.toLowerCase()));
const headers = fc.array(header, { maxLength: 12 });
const body = fc.option(fc.uint8Array({ maxLength: 64 }), { nil: undefined });
const target = fc.string({ unit: fc.constantFrom(...TCHARS, '/', '?', '='), minLength: 1, maxLength: 30 });
const anyBytes = fc.uint8Array({ maxLength: 300 });
// Random bytes rarely look like HTTP; splice in real syntax so the fuzzer reaches deep states.
const httpish = fc
  .array(fc.oneof(fc.constantFrom('GET ', 'HTTP/1.1', ' 200 OK', '\r\n', '\n', ': ', 'Content-Length: 3', 'Transfer-Encoding: chunked', '0\r\n', 'a;x=1\r\n', 'data: ', 'id: ', '\r', ' '), fc.string({ maxLength: 5 })), { maxLength: 30 })
  .map((parts) => new TextEncoder().encode(parts.join('')));
const input = fc.oneof(anyBytes, httpish);

describe('HTTP codec properties', () => {
  it('never throws on arbitrary bytes, and every success annotates exactly the bytes it consumed', () => {
    fc.assert(
      fc.property(input, (bytes) => {
        for (const parse of [parseRequest, parseResponse, parseResponseHead, decodeChunked, parseSseStream]) {
          const r = parse(bytes);
          if (r.ok) {
            expect(fieldsTile(r.fields, r.consumed)).toBe(true);
            expect(r.consumed).toBeLessThanOrEqual(bytes.length);
          } else if (!r.needMore) {
            expect(r.error.code).toMatch(/^HTTP_ERR_[A-Z_]+$/);
            expect(r.error.offset).toBeGreaterThanOrEqual(0);
            expect(r.error.offset).toBeLessThanOrEqual(bytes.length);
            expect(r.error.message).toMatch(/^field\.error\./);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips any request: serialize then parse gives the request, its fields and its length back', () => {
    fc.assert(
      fc.property(fc.constantFrom('GET', 'POST', 'PUT', 'X-CUSTOM'), target, headers, body, (method, t, hs, b) => {
        const req = { method, target: t, headers: b ? withContentLength(hs, b) : hs, ...(b ? { body: b } : {}) };
        const m = serializeRequest(req);
        expect(fieldsTile(m.fields, m.bytes.length)).toBe(true);
        expect(m.headerBytes + m.payloadBytes).toBe(m.bytes.length);
        expect(m.payloadBytes).toBe(b?.length ?? 0);
        const r = parseRequest(m.bytes);
        expect(r.ok && r.value).toEqual(req);
        expect(r.ok && r.fields).toEqual(m.fields);
        expect(r.ok && r.consumed).toBe(m.bytes.length);
      }),
    );
  });

  it('round-trips any response with a Content-Length body', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 599 }).filter((s) => s !== 204 && s !== 304), headers, fc.uint8Array({ maxLength: 64 }), (status, hs, b) => {
        const m = serializeResponse({ status, headers: withContentLength(hs, b), body: b });
        expect(fieldsTile(m.fields, m.bytes.length)).toBe(true);
        const r = parseResponse(m.bytes);
        expect(r.ok && r.value.status).toBe(status);
        expect(r.ok && Array.from(r.value.body!)).toEqual(Array.from(b));
        expect(r.ok && r.fields).toEqual(m.fields);
      }),
    );
  });

  it('decodes any sequence of encoded chunks back to the joined data, wherever the input is cut', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ minLength: 1, maxLength: 40 }), { maxLength: 6 }), (chunks) => {
        const parts = [...chunks.map((c) => encodeChunk(c)), encodeChunk(new Uint8Array(0))];
        for (const p of parts) expect(fieldsTile(p.fields, p.bytes.length)).toBe(true);
        const all = new Uint8Array(parts.reduce((n, p) => n + p.bytes.length, 0));
        let at = 0;
        for (const p of parts) {
          all.set(p.bytes, at);
          at += p.bytes.length;
        }
        const r = decodeChunked(all);
        expect(r.ok && r.value.chunkSizes).toEqual(chunks.map((c) => c.length));
        expect(r.ok && Array.from(r.value.body)).toEqual(chunks.flatMap((c) => Array.from(c)));
        for (let k = 0; k < all.length; k++) expect(decodeChunked(all.subarray(0, k)).ok).toBe(false);
      }),
    );
  });

  it('parses any encoded SSE event back to its data, type and id', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('a', ' ', ':', '\n', '양', '😀'), fc.constantFrom('b', 'x')), maxLength: 30 });
    fc.assert(
      fc.property(text, fc.option(token, { nil: undefined }), fc.option(token, { nil: undefined }), (data, id, event) => {
        const m = encodeSseEvent({ data, ...(id ? { id } : {}), ...(event ? { event } : {}) });
        expect(fieldsTile(m.fields, m.bytes.length)).toBe(true);
        const r = parseSseStream(m.bytes);
        expect(r.ok && r.value.events).toEqual([{ type: event ?? 'message', data, lastEventId: id ?? '', start: 0, end: m.bytes.length }]);
        expect(r.ok && r.fields).toEqual(m.fields);
      }),
    );
  });
});
