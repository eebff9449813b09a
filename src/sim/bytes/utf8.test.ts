import { describe, expect, it } from 'vitest';
import { decodeUtf8, encodeUtf8 } from './utf8';

describe('encodeUtf8', () => {
  it('matches TextEncoder for ASCII, Hangul and astral characters', () => {
    for (const s of ['', 'GET /poll HTTP/1.1', '양방향 통신', 'emoji 😀 end', '\u0000\u007f\u0080\u07ff\u0800\uffff']) {
      expect(Array.from(encodeUtf8(s))).toEqual(Array.from(new TextEncoder().encode(s)));
    }
  });
  it('replaces a lone surrogate with U+FFFD like TextEncoder', () => {
    expect(Array.from(encodeUtf8('a\ud800b'))).toEqual(Array.from(new TextEncoder().encode('a\ud800b')));
  });
});

describe('decodeUtf8', () => {
  it('round-trips what encodeUtf8 produced', () => {
    const s = '핸드셰이크 handshake 😀';
    expect(decodeUtf8(encodeUtf8(s))).toBe(s);
  });
  it('shows an overlong encoding as U+FFFD instead of the character', () => {
    expect(decodeUtf8(Uint8Array.of(0xc0, 0xaf))).toBe('\ufffd\ufffd');
  });
  it('decodes only the requested range', () => {
    expect(decodeUtf8(encodeUtf8('abcdef'), 2, 4)).toBe('cd');
  });
});
