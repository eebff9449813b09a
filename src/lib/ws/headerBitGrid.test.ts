import { describe, expect, it } from 'vitest';
import { encodeFrame, encodeUtf8, hexToBytes, OPCODE_TEXT } from '../../sim';
import { bitsOf, headerBitGrid } from './headerBitGrid';

const hello = encodeUtf8('Hello');
const masked = encodeFrame({ opcode: OPCODE_TEXT, payload: hello, maskingKey: hexToBytes('37 fa 21 3d')! }, { annotate: true });

describe('headerBitGrid', () => {
  it('reads bits most significant first', () => {
    expect(bitsOf(0x81)).toEqual([1, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('splits byte 0 into FIN, RSV1–3 and opcode, and byte 1 into MASK and payload len', () => {
    const rows = headerBitGrid(masked.bytes, masked.fields!, masked.headerBytes);
    const names = (row: number) => rows[row]!.segments.map((s) => `${masked.fields![s.field]!.name}:${s.span}`);
    expect(names(0)).toEqual(['fin:1', 'rsv1:1', 'rsv2:1', 'rsv3:1', 'opcode:4']);
    expect(names(1)).toEqual(['mask:1', 'payload-len:7']);
    expect(rows[1]!.bits).toEqual([1, 0, 0, 0, 0, 1, 0, 1]);
  });

  it('draws the masking key as four whole-byte rows, marking the later ones as continued', () => {
    const rows = headerBitGrid(masked.bytes, masked.fields!, masked.headerBytes);
    expect(rows).toHaveLength(6);
    expect(rows.slice(2).map((r) => [r.hex, r.segments[0]!.continued])).toEqual([['37', false], ['fa', true], ['21', true], ['3d', true]]);
  });
});
