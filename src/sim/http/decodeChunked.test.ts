import { describe, expect, it } from 'vitest';
import { decodeChunked } from './decodeChunked';
import { fieldsTile } from './fieldsTile';
import type { HttpParseResult } from './parseResult';
import { bytesOf, textOf } from './testBytes';

const errorOf = <T>(r: HttpParseResult<T>) => (!r.ok && !r.needMore ? { code: r.error.code, offset: r.error.offset } : r);

// The classic illustration of RFC 9112 §7.1 (RFC 9112 itself gives only the grammar):
// sizes in hex, upper-case B allowed, data may contain CRLF of its own.
const WIKI = '4\r\nWiki\r\n7\r\npedia i\r\nB\r\nn \r\nchunks.\r\n0\r\n\r\n';

describe('decodeChunked', () => {
  it('joins the chunks of the classic example into "Wikipedia in \\r\\nchunks."', () => {
    const r = decodeChunked(bytesOf(WIKI));
    expect(r.ok && textOf(r.value.body)).toBe('Wikipedia in \r\nchunks.');
    expect(r.ok && r.value.chunkSizes).toEqual([4, 7, 11]);
    expect(r.ok && r.consumed).toBe(WIKI.length);
  });

  it('annotates every byte of the chunked body', () => {
    const r = decodeChunked(bytesOf(WIKI));
    expect(r.ok && fieldsTile(r.fields, WIKI.length)).toBe(true);
    expect(r.ok && r.fields.map((f) => f.name)).toEqual([
      'chunk-size', 'crlf', 'chunk-data', 'chunk-crlf',
      'chunk-size', 'crlf', 'chunk-data', 'chunk-crlf',
      'chunk-size', 'crlf', 'chunk-data', 'chunk-crlf',
      'last-chunk', 'crlf', 'blank-line',
    ]);
  });

  it('skips chunk extensions (RFC 9112 §7.1.1) but shows them as a field', () => {
    const r = decodeChunked(bytesOf('3;name=value\r\nabc\r\n0\r\n\r\n'));
    expect(r.ok && textOf(r.value.body)).toBe('abc');
    expect(r.ok && r.fields[1]).toMatchObject({ name: 'chunk-ext', start: 1, end: 12, value: ';name=value' });
  });

  it('reads trailer fields after the last chunk (RFC 9112 §7.1.2)', () => {
    const r = decodeChunked(bytesOf('1\r\nx\r\n0\r\nServer-Timing: db;dur=53\r\n\r\n'));
    expect(r.ok && r.value.trailers).toEqual([{ name: 'Server-Timing', value: 'db;dur=53' }]);
    expect(r.ok && r.fields.find((f) => f.name.startsWith('trailer:'))).toMatchObject({ name: 'trailer:Server-Timing', meaning: 'field.trailer' });
  });

  it('accepts a last chunk written with several zeros', () => {
    const r = decodeChunked(bytesOf('000\r\n\r\n'));
    expect(r.ok && r.consumed).toBe(7);
  });

  it('asks for more bytes at every cut of the example', () => {
    const bytes = bytesOf(WIKI);
    for (let k = 0; k < bytes.length; k++) expect(decodeChunked(bytes.subarray(0, k))).toEqual({ ok: false, needMore: true });
  });

  it('rejects a size that is not hex at its first byte', () => {
    expect(errorOf(decodeChunked(bytesOf('5\r\nhello\r\nz\r\n')))).toEqual({ code: 'HTTP_ERR_BAD_CHUNK_SIZE', offset: 10 });
  });

  it('rejects a size followed by something other than CRLF or an extension', () => {
    expect(errorOf(decodeChunked(bytesOf('1g\r\n')))).toEqual({ code: 'HTTP_ERR_BAD_CHUNK_SIZE', offset: 1 });
  });

  it('rejects a size too large to allocate', () => {
    expect(errorOf(decodeChunked(bytesOf('fffffffff\r\n')))).toEqual({ code: 'HTTP_ERR_CHUNK_TOO_LARGE', offset: 0 });
  });

  it('rejects chunk data longer than its size, where the CRLF should have been', () => {
    expect(errorOf(decodeChunked(bytesOf('5\r\nhello!!\r\n')))).toEqual({ code: 'HTTP_ERR_BAD_CHUNK_END', offset: 8 });
  });

  it('rejects a size line ended by LF alone', () => {
    expect(errorOf(decodeChunked(bytesOf('5\nhello\r\n')))).toEqual({ code: 'HTTP_ERR_BARE_LF', offset: 1 });
  });
});
