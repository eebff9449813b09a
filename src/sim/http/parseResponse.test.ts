import { describe, expect, it } from 'vitest';
import { parseResponse } from './parseResponse';
import { parseResponseHead } from './parseResponseHead';
import { serializeResponse } from './serializeResponse';
import { serializeResponseHead } from './serializeResponseHead';
import { encodeChunk } from './encodeChunk';
import { withContentLength } from './withContentLength';
import { defaultResponseHeaders } from './defaultResponseHeaders';
import { fieldsTile } from './fieldsTile';
import type { HttpParseResult } from './parseResult';
import { bytesOf, textOf } from './testBytes';

const errorOf = <T>(r: HttpParseResult<T>) => (!r.ok && !r.needMore ? { code: r.error.code, offset: r.error.offset } : r);

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

describe('parseResponse', () => {
  it('gives back what serializeResponse wrote, fields included', () => {
    const body = bytesOf('{"events":[1,2]}');
    const res = { status: 200, reason: 'OK', headers: withContentLength(defaultResponseHeaders(), body), body };
    const m = serializeResponse(res);
    const r = parseResponse(m.bytes);
    expect(r.ok && r.value).toEqual(res);
    expect(r.ok && r.fields).toEqual(m.fields);
    expect(r.ok && r.consumed).toBe(m.bytes.length);
  });

  it('decodes a chunked body and annotates each chunk', () => {
    const head = serializeResponseHead({ status: 200, headers: defaultResponseHeaders({ chunked: true, contentType: 'text/plain' }) });
    const bytes = concat(head.bytes, encodeChunk(bytesOf('Hello, ')).bytes, encodeChunk(bytesOf('world')).bytes, encodeChunk(new Uint8Array(0)).bytes);
    const r = parseResponse(bytes);
    expect(r.ok && textOf(r.value.body!)).toBe('Hello, world');
    expect(r.ok && r.consumed).toBe(bytes.length);
    expect(r.ok && fieldsTile(r.fields, bytes.length)).toBe(true);
    expect(r.ok && r.fields.filter((f) => f.name === 'chunk-data').map((f) => f.value)).toEqual(['Hello, ', 'world']);
  });

  it('asks for more bytes until the last chunk of a streamed response arrives', () => {
    const head = serializeResponseHead({ status: 200, headers: [{ name: 'Transfer-Encoding', value: 'chunked' }] });
    const open = concat(head.bytes, encodeChunk(bytesOf('data: 1\n\n')).bytes);
    expect(parseResponse(open)).toEqual({ ok: false, needMore: true });
  });

  it('asks for more bytes at every cut of a Content-Length response', () => {
    const body = bytesOf('[]');
    const bytes = serializeResponse({ status: 200, headers: withContentLength([], body), body }).bytes;
    for (let k = 0; k < bytes.length; k++) expect(parseResponse(bytes.subarray(0, k))).toEqual({ ok: false, needMore: true });
  });

  it('reads no body after 204 even without Content-Length', () => {
    const r = parseResponse(bytesOf('HTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 200 OK'));
    expect(r.ok && r.value.body).toBeUndefined();
    expect(r.ok && r.consumed).toBe(27);
  });

  it('takes the rest of the input as the body of a response framed by connection close', () => {
    const r = parseResponse(bytesOf('HTTP/1.0 200 OK\r\n\r\nbye'));
    expect(r.ok && textOf(r.value.body!)).toBe('bye');
    expect(r.ok && r.value.version).toBe('HTTP/1.0');
  });

  it('tolerates a status line with no reason and no space after the code', () => {
    const r = parseResponse(bytesOf('HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n'));
    expect(r.ok && [r.value.status, r.value.reason]).toEqual([200, '']);
    expect(r.ok && fieldsTile(r.fields, r.consumed)).toBe(true);
  });

  it('rejects the capture tool\'s "HTTP/1.x" at the x', () => {
    expect(errorOf(parseResponse(bytesOf('HTTP/1.x 200 OK\r\n\r\n')))).toEqual({ code: 'HTTP_ERR_BAD_VERSION', offset: 7 });
  });

  it('rejects a two-digit status code at the byte where the third digit should be', () => {
    expect(errorOf(parseResponse(bytesOf('HTTP/1.1 20 OK\r\n\r\n')))).toEqual({ code: 'HTTP_ERR_BAD_STATUS_LINE', offset: 11 });
  });

  it('rejects a bad chunk size inside the body with its absolute offset', () => {
    // head "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" is 47 bytes
    expect(errorOf(parseResponse(bytesOf('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n')))).toEqual({ code: 'HTTP_ERR_BAD_CHUNK_SIZE', offset: 47 });
  });
});

describe('parseResponseHead', () => {
  it('stops after the blank line, where the streamed body starts', () => {
    const head = serializeResponseHead({ status: 200, headers: defaultResponseHeaders({ chunked: true, contentType: 'text/event-stream' }) });
    const r = parseResponseHead(concat(head.bytes, bytesOf('1f\r\n')));
    expect(r.ok && r.consumed).toBe(head.bytes.length);
    expect(r.ok && r.fields).toEqual(head.fields);
  });
});
