import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeFrame } from './encodeFrame';
import { fieldTiling } from './fieldTiling';
import { bytesToHex, hexToBytes } from './hex';
import { OPCODE_BINARY, OPCODE_CLOSE, OPCODE_TEXT, type Opcode } from './opcodes';

const hex = (s: string) => hexToBytes(s)!;

describe('encodeFrame', () => {
  it.each([
    [0, '82 00'],
    [125, '82 7d'],
    [126, '82 7e 00 7e'],
    [65535, '82 7e ff ff'],
    [65536, '82 7f 00 00 00 00 00 01 00 00'],
  ])('writes a %i-byte payload length in the shortest form: %s', (length, header) => {
    const { bytes, headerBytes, payloadBytes } = encodeFrame({ opcode: OPCODE_BINARY, payload: new Uint8Array(length) });
    expect(bytesToHex(bytes.subarray(0, headerBytes))).toBe(header);
    expect([bytes.length, payloadBytes]).toEqual([headerBytes + length, length]);
  });

  it('writes 71 for a non-final text frame with RSV1–3 set', () => {
    const { bytes } = encodeFrame({ opcode: OPCODE_TEXT, fin: false, rsv1: true, rsv2: true, rsv3: true, payload: new Uint8Array(0) });
    expect(bytesToHex(bytes)).toBe('71 00');
  });

  it('writes a forced 16-bit or 64-bit length for a short payload (the frame lab can show non-minimal forms)', () => {
    expect(bytesToHex(encodeFrame({ opcode: OPCODE_TEXT, payload: hex('61') }, { lengthForm: '16-bit' }).bytes)).toBe('81 7e 00 01 61');
    expect(bytesToHex(encodeFrame({ opcode: OPCODE_TEXT, payload: hex('61') }, { lengthForm: '64-bit' }).bytes)).toBe('81 7f 00 00 00 00 00 00 00 01 61');
  });

  it('refuses a length form too small for the payload, a bad opcode and a 3-byte key', () => {
    expect(() => encodeFrame({ opcode: OPCODE_TEXT, payload: new Uint8Array(126) }, { lengthForm: '7-bit' })).toThrow(RangeError);
    expect(() => encodeFrame({ opcode: 16 as Opcode, payload: new Uint8Array(0) })).toThrow(RangeError);
    expect(() => encodeFrame({ opcode: OPCODE_TEXT, payload: new Uint8Array(0), maskingKey: [1, 2, 3] })).toThrow(RangeError);
  });

  it('leaves the caller\'s payload unmasked', () => {
    const payload = hex('48 65 6c 6c 6f');
    encodeFrame({ opcode: OPCODE_TEXT, payload, maskingKey: [0x37, 0xfa, 0x21, 0x3d] });
    expect(bytesToHex(payload)).toBe('48 65 6c 6c 6f');
  });

  it('annotates a masked close frame bit by bit, splitting code and reason', () => {
    const { fields } = encodeFrame({ opcode: OPCODE_CLOSE, payload: hex('03 e8 62 79 65'), maskingKey: [1, 2, 3, 4] }, { annotate: true });
    expect(fields!.map((f) => [f.name, f.start, f.end, f.bitStart, f.bitEnd, f.value])).toEqual([
      ['fin', 0, 1, 0, 1, '1'],
      ['rsv1', 0, 1, 1, 2, '0'],
      ['rsv2', 0, 1, 2, 3, '0'],
      ['rsv3', 0, 1, 3, 4, '0'],
      ['opcode', 0, 1, 4, 8, '0x8'],
      ['mask', 1, 2, 0, 1, '1'],
      ['payload-len', 1, 2, 1, 8, '5'],
      ['masking-key', 2, 6, undefined, undefined, '01 02 03 04'],
      ['close-code', 6, 8, undefined, undefined, '1000'],
      ['close-reason', 8, 11, undefined, undefined, 'bye'],
    ]);
    expect(fields!.find((f) => f.name === 'opcode')!.meaning).toBe('wsfield.opcode.close');
  });

  it('annotates without building fields unless asked', () => {
    expect(encodeFrame({ opcode: OPCODE_TEXT, payload: hex('61') }).fields).toBeUndefined();
  });

  it('produces fields that tile every encoded frame exactly', () => {
    fc.assert(
      fc.property(
        fc.record({
          opcode: fc.integer({ min: 0, max: 15 }) as fc.Arbitrary<Opcode>,
          fin: fc.boolean(), rsv1: fc.boolean(), rsv2: fc.boolean(), rsv3: fc.boolean(),
          payload: fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.constantFrom(0, 125, 126, 65535, 65536).map((n) => new Uint8Array(n))),
          maskingKey: fc.option(fc.uint8Array({ minLength: 4, maxLength: 4 }), { nil: undefined }),
        }),
        fc.constantFrom('minimal' as const, '64-bit' as const),
        (frame, lengthForm) => {
          const { bytes, fields } = encodeFrame(frame, { annotate: true, lengthForm });
          expect(fieldTiling(fields!, bytes.length)).toEqual({ ok: true });
        },
      ),
      { numRuns: 300 },
    );
  });
});
