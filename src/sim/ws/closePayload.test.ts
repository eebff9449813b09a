import { describe, expect, it } from 'vitest';
import { encodeClosePayload, parseClosePayload } from './closePayload';

const hex = (s: string) => Uint8Array.from(s.split(' ').filter(Boolean).map((h) => parseInt(h, 16)));
const toHex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(' ');

describe('encodeClosePayload', () => {
  it('writes 1000 "bye" as 03 e8 62 79 65', () => {
    expect(toHex(encodeClosePayload(1000, 'bye'))).toBe('03 e8 62 79 65');
  });

  it('writes an empty body when no code is given', () => {
    expect(encodeClosePayload().length).toBe(0);
  });

  it('refuses codes that may not be sent and reasons over 123 bytes', () => {
    expect(() => encodeClosePayload(1005)).toThrow(RangeError);
    expect(() => encodeClosePayload(999)).toThrow(RangeError);
    expect(() => encodeClosePayload(1000, 'x'.repeat(124))).toThrow(RangeError);
    expect(encodeClosePayload(1000, 'x'.repeat(123)).length).toBe(125);
  });
});

describe('parseClosePayload', () => {
  it('reads code and UTF-8 reason', () => {
    expect(parseClosePayload(hex('03 e8 ec 95 88 eb 85 95'))).toEqual({ ok: true, code: 1000, reason: '안녕', hasCode: true });
  });

  it('reports 1005 for an empty body', () => {
    expect(parseClosePayload(new Uint8Array(0))).toEqual({ ok: true, code: 1005, reason: '', hasCode: false });
  });

  it('rejects a 1-byte body with 1002', () => {
    const r = parseClosePayload(hex('03'));
    expect(r.ok === false && [r.error.code, r.error.closeCode]).toEqual(['WS_ERR_INVALID_CONTROL_PAYLOAD_LENGTH', 1002]);
  });

  it.each([0, 999, 1004, 1005, 1006, 1015, 1016, 2999, 5000, 65535])('rejects close code %i with 1002', (code) => {
    const r = parseClosePayload(Uint8Array.of(code >> 8, code & 0xff));
    expect(r.ok === false && [r.error.code, r.error.closeCode, r.error.offset]).toEqual(['WS_ERR_INVALID_CLOSE_CODE', 1002, 0]);
  });

  it.each([1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 3000, 3999, 4000, 4999])('accepts close code %i', (code) => {
    expect(parseClosePayload(Uint8Array.of(code >> 8, code & 0xff)).ok).toBe(true);
  });

  it('rejects an invalid UTF-8 reason with 1007 at the bad byte', () => {
    const r = parseClosePayload(hex('03 e8 61 ed a0 80'));
    expect(r.ok === false && [r.error.code, r.error.closeCode, r.error.offset]).toEqual(['WS_ERR_INVALID_UTF8', 1007, 4]);
  });

  it('rejects a reason cut inside a code point with 1007 at its end', () => {
    const r = parseClosePayload(hex('03 e8 e2 82'));
    expect(r.ok === false && [r.error.closeCode, r.error.offset]).toEqual([1007, 4]);
  });
});
