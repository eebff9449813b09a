// RFC 6455 §5.7 "Examples", byte for byte: every example frame is encoded and decoded here.
import { describe, expect, it } from 'vitest';
import { decodeFrame } from './decodeFrame';
import { encodeFrame } from './encodeFrame';
import { fieldTiling } from './fieldTiling';
import { bytesToHex, hexToBytes } from './hex';
import { MessageAssembler } from './messageAssembler';
import { OPCODE_BINARY, OPCODE_CONTINUATION, OPCODE_PING, OPCODE_PONG, OPCODE_TEXT } from './opcodes';

const hex = (s: string) => hexToBytes(s)!;
const HELLO = hex('48 65 6c 6c 6f');
const KEY = hex('37 fa 21 3d');

function decodeOk(bytes: Uint8Array, role: 'client' | 'server') {
  const r = decodeFrame(bytes, { role, annotate: true });
  if (!r.ok) throw new Error(`expected a frame, got ${JSON.stringify(r)}`);
  expect(r.consumed).toBe(bytes.length);
  expect(fieldTiling(r.fields!, bytes.length)).toEqual({ ok: true });
  return r.frame;
}

describe('RFC 6455 §5.7 examples', () => {
  it('a single-frame unmasked text message: 81 05 48 65 6c 6c 6f ("Hello")', () => {
    const wire = hex('81 05 48 65 6c 6c 6f');
    expect(bytesToHex(encodeFrame({ opcode: OPCODE_TEXT, payload: HELLO }).bytes)).toBe(bytesToHex(wire));
    const f = decodeOk(wire, 'client');
    expect([f.fin, f.opcode, f.maskingKey, bytesToHex(f.payload)]).toEqual([true, OPCODE_TEXT, undefined, '48 65 6c 6c 6f']);
  });

  it('a single-frame masked text message: 81 85 37 fa 21 3d 7f 9f 4d 51 58 ("Hello")', () => {
    const wire = hex('81 85 37 fa 21 3d 7f 9f 4d 51 58');
    expect(bytesToHex(encodeFrame({ opcode: OPCODE_TEXT, payload: HELLO, maskingKey: KEY }).bytes)).toBe(bytesToHex(wire));
    const f = decodeOk(wire, 'server');
    expect([bytesToHex(f.maskingKey!), bytesToHex(f.payload)]).toEqual(['37 fa 21 3d', '48 65 6c 6c 6f']);
  });

  it('a fragmented unmasked text message: 01 03 48 65 6c ("Hel") then 80 02 6c 6f ("lo")', () => {
    const first = hex('01 03 48 65 6c');
    const last = hex('80 02 6c 6f');
    expect(bytesToHex(encodeFrame({ opcode: OPCODE_TEXT, fin: false, payload: hex('48 65 6c') }).bytes)).toBe('01 03 48 65 6c');
    expect(bytesToHex(encodeFrame({ opcode: OPCODE_CONTINUATION, payload: hex('6c 6f') }).bytes)).toBe('80 02 6c 6f');
    const a = decodeOk(first, 'client');
    const b = decodeOk(last, 'client');
    expect([a.fin, a.opcode, b.fin, b.opcode]).toEqual([false, OPCODE_TEXT, true, OPCODE_CONTINUATION]);
    const assembler = new MessageAssembler();
    expect(assembler.push(a, 0, 2)).toBeUndefined();
    const message = assembler.push(b, 5, 2);
    expect(message?.kind === 'message' && [message.opcode, bytesToHex(message.data), message.fragments]).toEqual([OPCODE_TEXT, '48 65 6c 6c 6f', 2]);
  });

  it('an unmasked ping: 89 05 48 65 6c 6c 6f, answered by a masked pong: 8a 85 37 fa 21 3d 7f 9f 4d 51 58', () => {
    const ping = hex('89 05 48 65 6c 6c 6f');
    const pong = hex('8a 85 37 fa 21 3d 7f 9f 4d 51 58');
    expect(bytesToHex(encodeFrame({ opcode: OPCODE_PING, payload: HELLO }).bytes)).toBe(bytesToHex(ping));
    const received = decodeOk(ping, 'client');
    expect(received.opcode).toBe(OPCODE_PING);
    // §5.5.3: the pong echoes the ping's application data.
    expect(bytesToHex(encodeFrame({ opcode: OPCODE_PONG, payload: received.payload, maskingKey: KEY }).bytes)).toBe(bytesToHex(pong));
    expect(bytesToHex(decodeOk(pong, 'server').payload)).toBe('48 65 6c 6c 6f');
  });

  it('a 256-byte binary message in a single unmasked frame: 82 7e 01 00 + 256 bytes', () => {
    const data = Uint8Array.from({ length: 256 }, (_, i) => i);
    const wire = new Uint8Array(4 + 256);
    wire.set(hex('82 7e 01 00'));
    wire.set(data, 4);
    expect(bytesToHex(encodeFrame({ opcode: OPCODE_BINARY, payload: data }).bytes)).toBe(bytesToHex(wire));
    const f = decodeOk(wire, 'client');
    expect([f.opcode, f.payload.length, f.payload[255]]).toEqual([OPCODE_BINARY, 256, 255]);
  });

  it('a 64 KiB binary message in a single unmasked frame: 82 7f 00 00 00 00 00 01 00 00 + 65536 bytes', () => {
    const data = Uint8Array.from({ length: 65536 }, (_, i) => i * 7);
    const wire = new Uint8Array(10 + 65536);
    wire.set(hex('82 7f 00 00 00 00 00 01 00 00'));
    wire.set(data, 10);
    expect(bytesToHex(encodeFrame({ opcode: OPCODE_BINARY, payload: data }).bytes.subarray(0, 10))).toBe('82 7f 00 00 00 00 00 01 00 00');
    expect(encodeFrame({ opcode: OPCODE_BINARY, payload: data }).bytes).toEqual(wire);
    const f = decodeOk(wire, 'client');
    expect(f.payload).toEqual(data);
  });
});
