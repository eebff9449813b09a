import { describe, expect, it } from 'vitest';
import { encodeChunk, encodeChunkOf } from './encodeChunk';
import { encodeSseEvent } from './encodeSseEvent';
import { fieldsTile } from './fieldsTile';
import { bytesOf, textOf } from './testBytes';

describe('encodeChunk', () => {
  it('frames 5 bytes as "5\\r\\nhello\\r\\n": 5 bytes of framing, 5 of payload', () => {
    const m = encodeChunk(bytesOf('hello'));
    expect(textOf(m.bytes)).toBe('5\r\nhello\r\n');
    expect([m.bytes.length, m.headerBytes, m.payloadBytes]).toEqual([10, 5, 5]);
    expect(m.fields.map((f) => [f.name, f.start, f.end, f.value])).toEqual([
      ['chunk-size', 0, 1, '5'],
      ['crlf', 1, 3, ''],
      ['chunk-data', 3, 8, 'hello'],
      ['chunk-crlf', 8, 10, ''],
    ]);
  });

  it('writes the size in lowercase hex: 26 bytes become "1a"', () => {
    const m = encodeChunk(bytesOf('abcdefghijklmnopqrstuvwxyz'));
    expect(textOf(m.bytes.subarray(0, 4))).toBe('1a\r\n');
    // "1a" 2 + CRLF 2 + 26 + CRLF 2 = 32
    expect(m.bytes.length).toBe(32);
  });

  it('writes the last chunk as "0\\r\\n\\r\\n" for empty data', () => {
    const m = encodeChunk(new Uint8Array(0));
    expect(textOf(m.bytes)).toBe('0\r\n\r\n');
    expect(m.fields.map((f) => f.name)).toEqual(['last-chunk', 'crlf', 'blank-line']);
    expect([m.headerBytes, m.payloadBytes]).toEqual([5, 0]);
  });

  it('keeps an SSE event\'s own fields inside the chunk, shifted past the size line', () => {
    const ev = encodeSseEvent({ data: 'hi' });
    // event "data: hi\n\n" is 10 bytes → size line "a\r\n" is 3 bytes
    const m = encodeChunkOf(ev);
    expect(textOf(m.bytes)).toBe('a\r\ndata: hi\n\n\r\n');
    expect(m.fields.find((f) => f.name === 'sse-data')).toMatchObject({ start: 9, end: 11, value: 'hi' });
    expect([m.headerBytes, m.payloadBytes]).toEqual([13, 2]);
    expect(fieldsTile(m.fields, m.bytes.length)).toBe(true);
  });

  it('falls back to one chunk-data field when the inner fields do not cover the data', () => {
    const m = encodeChunk(bytesOf('hello'), [{ name: 'x', start: 0, end: 2, value: '', meaning: 'field.header' }]);
    expect(m.fields.map((f) => f.name)).toEqual(['chunk-size', 'crlf', 'chunk-data', 'chunk-crlf']);
  });
});
