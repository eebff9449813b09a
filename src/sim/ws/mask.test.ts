import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyMask } from './mask';

/** The RFC's definition, one octet at a time (§5.3). */
function naiveMask(bytes: Uint8Array, key: ArrayLike<number>, phase = 0): Uint8Array {
  return bytes.map((b, i) => b ^ key[(i + phase) % 4]!);
}

describe('applyMask', () => {
  it('masks "Hello" with the RFC 6455 §5.7 key 37 fa 21 3d into 7f 9f 4d 51 58', () => {
    const buf = Uint8Array.of(0x48, 0x65, 0x6c, 0x6c, 0x6f);
    applyMask(buf, 0, buf.length, [0x37, 0xfa, 0x21, 0x3d]);
    expect(Array.from(buf)).toEqual([0x7f, 0x9f, 0x4d, 0x51, 0x58]);
  });

  it('is its own inverse', () => {
    const buf = Uint8Array.from({ length: 100 }, (_, i) => i);
    applyMask(buf, 0, 100, [1, 2, 3, 4]);
    applyMask(buf, 0, 100, [1, 2, 3, 4]);
    expect(Array.from(buf)).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('only touches the requested range', () => {
    const buf = new Uint8Array(80);
    applyMask(buf, 3, 77, [0xff, 0xff, 0xff, 0xff]);
    expect(buf[2]).toBe(0);
    expect(buf[3]).toBe(0xff);
    expect(buf[76]).toBe(0xff);
    expect(buf[77]).toBe(0);
  });

  it('agrees with the byte-at-a-time definition at any alignment, length and key phase', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.uint8Array({ minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 3 }),
        (bytes, key, viewOffset, start, phase) => {
          // A view that starts at an unaligned byteOffset, payload at an arbitrary index in it.
          const backing = new Uint8Array(viewOffset + start + bytes.length + 3);
          backing.set(bytes, viewOffset + start);
          const view = backing.subarray(viewOffset);
          applyMask(view, start, start + bytes.length, key, phase);
          expect(Array.from(view.subarray(start, start + bytes.length))).toEqual(Array.from(naiveMask(bytes, key, phase)));
        },
      ),
    );
  });
});
