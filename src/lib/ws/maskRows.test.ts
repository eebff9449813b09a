import { describe, expect, it } from 'vitest';
import { encodeFrame, encodeUtf8, hexToBytes, OPCODE_TEXT } from '../../sim';
import { maskRows } from './maskRows';

const hello = encodeUtf8('Hello');
const masked = encodeFrame({ opcode: OPCODE_TEXT, payload: hello, maskingKey: hexToBytes('37 fa 21 3d')! }, { annotate: true });
const frame = { fin: true, rsv1: false, rsv2: false, rsv3: false, opcode: OPCODE_TEXT, payload: hello, maskingKey: hexToBytes('37 fa 21 3d')! } as const;

describe('maskRows', () => {
  it('pairs each data byte with key byte i mod 4 and the byte on the wire (RFC 6455 §5.7)', () => {
    const rows = maskRows(frame, masked.bytes, masked.headerBytes, 16);
    expect(rows.map((r) => r.keyIndex)).toEqual([0, 1, 2, 3, 0]);
    expect(rows.map((r) => r.masked)).toEqual([0x7f, 0x9f, 0x4d, 0x51, 0x58]);
    for (const r of rows) expect(r.data ^ r.key).toBe(r.masked);
  });

  it('stops at the limit and is empty for an unmasked frame', () => {
    expect(maskRows(frame, masked.bytes, masked.headerBytes, 2)).toHaveLength(2);
    expect(maskRows({ ...frame, maskingKey: undefined }, masked.bytes, 2, 16)).toEqual([]);
  });
});
