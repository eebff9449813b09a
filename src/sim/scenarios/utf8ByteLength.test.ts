import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../bytes/utf8';
import { utf8ByteLength } from './utf8ByteLength';

describe('utf8ByteLength', () => {
  it('counts 1, 2, 3 and 4-byte characters', () => {
    expect(utf8ByteLength('a')).toBe(1);
    expect(utf8ByteLength('é')).toBe(2);
    expect(utf8ByteLength('양')).toBe(3);
    expect(utf8ByteLength('😀')).toBe(4);
  });

  it('agrees with encodeUtf8, lone surrogates included', () => {
    for (const s of ['', 'plain ascii', '양방향 통신', 'a😀b', '\ud800', 'x\udc00y', '\ud800\ud800', 'end\ud83d']) {
      expect(utf8ByteLength(s)).toBe(encodeUtf8(s).length);
    }
  });
});
