import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { acceptKeySteps, computeAcceptKey } from './acceptKey';
import { bytesToHex } from './hex';

describe('computeAcceptKey', () => {
  it('turns the RFC 6455 §1.3 key dGhlIHNhbXBsZSBub25jZQ== into s3pPLMBiTxaQ9kYGzzhZRbK+xOo=', () => {
    expect(computeAcceptKey('dGhlIHNhbXBsZSBub25jZQ==')).toBe('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
  });

  it('exposes the intermediate steps: key + GUID, the SHA-1 bytes of RFC 6455 §1.3, then base64', () => {
    const steps = acceptKeySteps('dGhlIHNhbXBsZSBub25jZQ==');
    expect(steps.concatenated).toBe('dGhlIHNhbXBsZSBub25jZQ==258EAFA5-E914-47DA-95CA-C5AB0DC85B11');
    expect(bytesToHex(steps.sha1)).toBe('b3 7a 4f 2c c0 62 4f 16 90 f6 46 06 cf 38 59 45 b2 be c4 ea');
    expect(steps.accept).toBe('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
  });

  it('agrees with node:crypto for any key, as ws computes it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (nonce) => {
        const key = Buffer.from(nonce).toString('base64');
        const expected = createHash('sha1').update(key + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64');
        expect(computeAcceptKey(key)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});
