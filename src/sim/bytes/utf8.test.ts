import { describe, expect, it } from 'vitest';
import { decodeUtf8, encodeUtf8, encodeUtf8Into } from './utf8';

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

describe('decodeUtf8 on long input', () => {
  it('decodes text longer than its 4,096-unit chunk, astral characters across the chunk edge included', () => {
    const s = 'a'.repeat(4095) + '😀' + '핸'.repeat(5000) + 'z';
    expect(decodeUtf8(encodeUtf8(s))).toBe(s);
  });
});

describe('encodeUtf8Into', () => {
  it('writes the bytes encodeUtf8 returns at the offset and returns their count', () => {
    for (const s of ['', 'hello', '핸드셰이크 😀', 'a\ud800b']) {
      const target = new Uint8Array(2 + s.length * 3);
      const n = encodeUtf8Into(s, target, 2);
      expect(n).toBe(encodeUtf8(s).length);
      expect(target.subarray(2, 2 + n)).toEqual(encodeUtf8(s));
    }
  });
});
