import { describe, expect, it } from 'vitest';
import { bytesToHex, OPCODE_BINARY } from '../../sim';
import { composeFrame, defaultComposeForm } from './composeFrame';

const hexOf = (r: ReturnType<typeof composeFrame>) => (r.ok ? bytesToHex(r.view.bytes) : r.problem);

describe('composeFrame', () => {
  it('starts from the RFC 6455 §5.7 masked "Hello"', () => {
    expect(hexOf(composeFrame(defaultComposeForm))).toBe('81 85 37 fa 21 3d 7f 9f 4d 51 58');
  });

  it('writes the unmasked form when MASK is off', () => {
    expect(hexOf(composeFrame({ ...defaultComposeForm, masked: false }))).toBe('81 05 48 65 6c 6c 6f');
  });

  it('reads a hex payload and writes a forced 16-bit length', () => {
    const r = composeFrame({ ...defaultComposeForm, masked: false, opcode: OPCODE_BINARY, payloadFormat: 'hex', payload: '0x01 0x02', lengthForm: '16-bit' });
    expect(hexOf(r)).toBe('82 7e 00 02 01 02');
  });

  it('writes frames a peer must reject, such as RSV1 with a reserved opcode', () => {
    expect(hexOf(composeFrame({ ...defaultComposeForm, masked: false, rsv1: true, opcode: 0x3, payload: '' }))).toBe('c3 00');
  });

  it('refuses a masking key that is not 4 bytes of hex, and a payload that is not hex', () => {
    expect(composeFrame({ ...defaultComposeForm, maskingKey: '37 fa 21' })).toMatchObject({ ok: false, problem: 'masking-key', need: 4 });
    expect(composeFrame({ ...defaultComposeForm, maskingKey: 'zz' })).toMatchObject({ ok: false, problem: 'masking-key' });
    expect(composeFrame({ ...defaultComposeForm, payloadFormat: 'hex', payload: '4' })).toMatchObject({ ok: false, problem: 'payload-hex' });
  });

  it('refuses a payload longer than the forced length form holds', () => {
    expect(composeFrame({ ...defaultComposeForm, payload: 'x'.repeat(126), lengthForm: '7-bit' })).toEqual({ ok: false, problem: 'length-form', length: 126, form: '7-bit', max: 125 });
  });
});
