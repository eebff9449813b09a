import { describe, expect, it } from 'vitest';
import { parseRequest } from './parseRequest';
import { serializeRequest } from './serializeRequest';
import { withContentLength } from './withContentLength';
import { defaultRequestHeaders } from './defaultRequestHeaders';
import type { HttpParseResult } from './parseResult';
import { bytesOf } from './testBytes';

const errorOf = <T>(r: HttpParseResult<T>) => (!r.ok && !r.needMore ? { code: r.error.code, offset: r.error.offset } : r);

describe('parseRequest', () => {
  it('reads a GET without a body and reports the bytes it consumed', () => {
    const r = parseRequest(bytesOf('GET /poll HTTP/1.1\r\nHost: example.com\r\n\r\nGET /next'));
    expect(r.ok && r.value).toEqual({ method: 'GET', target: '/poll', headers: [{ name: 'Host', value: 'example.com' }] });
    expect(r.ok && r.consumed).toBe(41);
  });

  it('gives back what serializeRequest wrote, fields included', () => {
    const body = bytesOf('{"text":"hi"}');
    const req = { method: 'POST', target: '/send', headers: withContentLength(defaultRequestHeaders('localhost:8080', { cookieLength: 64 }), body), body };
    const m = serializeRequest(req);
    const r = parseRequest(m.bytes);
    expect(r.ok && r.value).toEqual(req);
    expect(r.ok && r.fields).toEqual(m.fields);
  });

  it('trims optional whitespace around a header value', () => {
    const r = parseRequest(bytesOf('GET / HTTP/1.1\r\nHost:\t a.example \r\n\r\n'));
    expect(r.ok && r.value.headers).toEqual([{ name: 'Host', value: 'a.example' }]);
  });

  it('decodes a chunked request body', () => {
    const r = parseRequest(bytesOf('POST /up HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n'));
    expect(r.ok && Array.from(r.value.body!)).toEqual([0x61, 0x62, 0x63]);
  });

  it('keeps a version other than HTTP/1.1 in the value', () => {
    const r = parseRequest(bytesOf('GET / HTTP/1.0\r\n\r\n'));
    expect(r.ok && r.value.version).toBe('HTTP/1.0');
  });

  it('asks for more bytes at every cut of a request with a body', () => {
    const bytes = bytesOf('POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc');
    for (let k = 0; k < bytes.length; k++) expect(parseRequest(bytes.subarray(0, k))).toEqual({ ok: false, needMore: true });
    expect(parseRequest(bytes).ok).toBe(true);
  });

  it('rejects two spaces after the method as a bad request line at the second space', () => {
    expect(errorOf(parseRequest(bytesOf('GET  /poll HTTP/1.1\r\n\r\n')))).toEqual({ code: 'HTTP_ERR_BAD_REQUEST_LINE', offset: 4 });
  });

  it('rejects a request line without a version', () => {
    expect(errorOf(parseRequest(bytesOf('GET /poll\r\n\r\n')))).toEqual({ code: 'HTTP_ERR_BAD_REQUEST_LINE', offset: 9 });
  });

  it('rejects "HTTP/2" at the byte where ".DIGIT" should be', () => {
    expect(errorOf(parseRequest(bytesOf('GET / HTTP/2\r\n\r\n')))).toEqual({ code: 'HTTP_ERR_BAD_VERSION', offset: 12 });
  });

  it('rejects a line ended by LF alone, pointing at the LF', () => {
    expect(errorOf(parseRequest(bytesOf('GET / HTTP/1.1\nHost: a\n\n')))).toEqual({ code: 'HTTP_ERR_BARE_LF', offset: 14 });
  });

  it('rejects a header line without a colon, pointing at the line', () => {
    expect(errorOf(parseRequest(bytesOf('GET /poll HTTP/1.1\r\nHost example.com\r\n\r\n')))).toEqual({ code: 'HTTP_ERR_HEADER_NO_COLON', offset: 20 });
  });

  it('rejects obs-fold continuation lines (RFC 9112 §5.2)', () => {
    // "GET / HTTP/1.1\r\n" 16 + "X-A: 1\r\n" 8 = 24: the folded line starts there
    expect(errorOf(parseRequest(bytesOf('GET / HTTP/1.1\r\nX-A: 1\r\n 2\r\n\r\n')))).toEqual({ code: 'HTTP_ERR_OBS_FOLD', offset: 24 });
  });

  it('rejects whitespace between a header name and its colon (RFC 9112 §5.1)', () => {
    expect(errorOf(parseRequest(bytesOf('GET / HTTP/1.1\r\nHost : a\r\n\r\n')))).toEqual({ code: 'HTTP_ERR_SPACE_BEFORE_COLON', offset: 20 });
  });

  it('rejects a header name with a character outside tchar', () => {
    expect(errorOf(parseRequest(bytesOf('GET / HTTP/1.1\r\nX(y): a\r\n\r\n')))).toEqual({ code: 'HTTP_ERR_BAD_HEADER_NAME', offset: 17 });
  });

  it('rejects a NUL byte inside a header value', () => {
    expect(errorOf(parseRequest(bytesOf('GET / HTTP/1.1\r\nX: a\u0000b\r\n\r\n')))).toEqual({ code: 'HTTP_ERR_BAD_HEADER_VALUE', offset: 20 });
  });

  it('rejects Content-Length copies that disagree', () => {
    expect(errorOf(parseRequest(bytesOf('POST / HTTP/1.1\r\nContent-Length: 5, 6\r\n\r\nhello')))).toEqual({ code: 'HTTP_ERR_BAD_CONTENT_LENGTH', offset: 17 });
  });

  it('accepts Content-Length copies that agree', () => {
    const r = parseRequest(bytesOf('POST / HTTP/1.1\r\nContent-Length: 2, 2\r\n\r\nhi'));
    expect(r.ok && r.consumed).toBe(43);
  });

  it('rejects Content-Length together with Transfer-Encoding, the request-smuggling shape', () => {
    const bytes = bytesOf('POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n');
    expect(errorOf(parseRequest(bytes))).toEqual({ code: 'HTTP_ERR_LENGTH_AND_CHUNKED', offset: 36 });
  });

  it('rejects a request whose last transfer coding is not chunked', () => {
    expect(errorOf(parseRequest(bytesOf('POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n')))).toEqual({ code: 'HTTP_ERR_BAD_TRANSFER_ENCODING', offset: 17 });
  });

  it('reads repeated Transfer-Encoding lines as one list whose last coding is chunked', () => {
    const r = parseRequest(bytesOf('POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'));
    expect(r.ok && r.value.body?.length).toBe(0);
  });

  it('gives up on a head that never ends within 64 KiB', () => {
    const bytes = bytesOf(`GET /${'a'.repeat(70_000)}`);
    expect(errorOf(parseRequest(bytes))).toEqual({ code: 'HTTP_ERR_HEAD_TOO_LARGE', offset: 65_536 });
  });

  it('names every error with an i18n key under field.error', () => {
    const r = parseRequest(bytesOf('GET\r\n\r\n'));
    expect(!r.ok && !r.needMore && r.error.message).toBe('field.error.badRequestLine');
  });
});
