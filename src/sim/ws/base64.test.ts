import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBase64, encodeBase64 } from './base64';

describe('encodeBase64', () => {
  it('encodes the RFC 4648 §10 test vectors', () => {
    const vectors: [string, string][] = [['', ''], ['f', 'Zg=='], ['fo', 'Zm8='], ['foo', 'Zm9v'], ['foob', 'Zm9vYg=='], ['fooba', 'Zm9vYmE='], ['foobar', 'Zm9vYmFy']];
    for (const [plain, b64] of vectors) expect(encodeBase64(new TextEncoder().encode(plain))).toBe(b64);
  });

  it('matches Node\'s Buffer on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 50 }), (b) => {
      expect(encodeBase64(b)).toBe(Buffer.from(b).toString('base64'));
    }));
  });
});

describe('decodeBase64', () => {
  it('decodes the RFC 6455 §1.3 sample nonce to 16 bytes', () => {
    expect(new TextDecoder().decode(decodeBase64('dGhlIHNhbXBsZSBub25jZQ=='))).toBe('the sample nonce');
  });

  it('round-trips whatever encodeBase64 produced', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 50 }), (b) => {
      expect(Array.from(decodeBase64(encodeBase64(b))!)).toEqual(Array.from(b));
    }));
  });

  it('refuses wrong lengths, foreign characters and padding in the middle', () => {
    for (const bad of ['abc', 'ab!d', 'ab=d', 'a===', 'Zg==Zg==', 'é234']) expect(decodeBase64(bad)).toBeUndefined();
  });
});
