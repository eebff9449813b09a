import { describe, expect, it } from 'vitest';
import { encodeFrame } from './encodeFrame';
import { fragmentMessage } from './fragmentMessage';
import { bytesToHex, hexToBytes } from './hex';
import { OPCODE_BINARY, OPCODE_CONTINUATION, OPCODE_TEXT } from './opcodes';

const hex = (s: string) => hexToBytes(s)!;

describe('fragmentMessage', () => {
  it('splits "Hello" into "Hel" + "lo" as in RFC 6455 §5.7', () => {
    const frames = fragmentMessage(hex('48 65 6c 6c 6f'), OPCODE_TEXT, 3);
    expect(frames.map((f) => bytesToHex(encodeFrame(f).bytes))).toEqual(['01 03 48 65 6c', '80 02 6c 6f']);
  });

  it('makes one final frame when the payload fits, and one empty frame for an empty payload', () => {
    expect(fragmentMessage(hex('aa'), OPCODE_BINARY, Infinity).map((f) => [f.fin, f.opcode])).toEqual([[true, OPCODE_BINARY]]);
    expect(fragmentMessage(new Uint8Array(0), OPCODE_TEXT, 4).map((f) => [f.fin, f.payload.length])).toEqual([[true, 0]]);
  });

  it('marks every frame after the first as a continuation and only the last as final', () => {
    const frames = fragmentMessage(new Uint8Array(10), OPCODE_BINARY, 4);
    expect(frames.map((f) => [f.opcode, f.fin, f.payload.length])).toEqual([
      [OPCODE_BINARY, false, 4],
      [OPCODE_CONTINUATION, false, 4],
      [OPCODE_CONTINUATION, true, 2],
    ]);
  });

  it('asks the mask provider for a fresh key per frame', () => {
    let n = 0;
    const frames = fragmentMessage(new Uint8Array(3), OPCODE_BINARY, 1, () => [n, n, n, n++]);
    expect(frames.map((f) => bytesToHex(f.maskingKey!))).toEqual(['00 00 00 00', '01 01 01 01', '02 02 02 02']);
  });

  it('refuses a fragment size below one byte', () => {
    expect(() => fragmentMessage(new Uint8Array(3), OPCODE_TEXT, 0)).toThrow(RangeError);
    expect(() => fragmentMessage(new Uint8Array(3), OPCODE_TEXT, 1.5)).toThrow(RangeError);
  });
});
