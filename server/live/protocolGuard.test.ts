import { describe, expect, it } from 'vitest';
import { CLOSE_INVALID_PAYLOAD, CLOSE_PROTOCOL_ERROR, encodeFrame, OPCODE_BINARY, OPCODE_CONTINUATION, OPCODE_PING, OPCODE_TEXT, type Opcode } from '../../src/sim/index';
import { ProtocolGuard } from './protocolGuard';

const KEY = [0x37, 0xfa, 0x21, 0x3d];
const masked = (opcode: Opcode, payload: Uint8Array | string, fin = true) =>
  Buffer.from(encodeFrame({ opcode, fin, payload: typeof payload === 'string' ? Buffer.from(payload) : payload, maskingKey: KEY }).bytes);

/** Feeds `bytes` in pieces of `size`; returns the first violation with its stream offset of passed bytes. */
function feed(bytes: Buffer, size: number): { closeCode: number; passedUpTo: number } | undefined {
  const guard = new ProtocolGuard();
  for (let at = 0; at < bytes.length; at += size) {
    const v = guard.check(bytes.subarray(at, at + size));
    if (v) return { closeCode: v.closeCode, passedUpTo: at + v.passBytes };
  }
  return undefined;
}

describe('ProtocolGuard', () => {
  const good = Buffer.concat([
    masked(OPCODE_TEXT, 'héllo'),
    masked(OPCODE_BINARY, Uint8Array.of(0xff, 0xfe)),
    masked(OPCODE_TEXT, 'frag', false),
    masked(OPCODE_PING, 'p'),
    masked(OPCODE_CONTINUATION, 'ment ✓', true),
    Buffer.from(encodeFrame({ opcode: OPCODE_TEXT, payload: Buffer.from('x'.repeat(300)), maskingKey: KEY }, { lengthForm: '64-bit' }).bytes),
  ]);

  it('lets a valid stream through whole, however it is cut', () => {
    for (const size of [1, 2, 3, 7, 100, good.length]) expect(feed(good, size)).toBeUndefined();
  });

  it('refuses a 64-bit length with its top bit set with 1002, passing only the frames before it', () => {
    const bad = Buffer.concat([masked(OPCODE_TEXT, 'ok'), Buffer.from([0x82, 0xff, 0x80, 0, 0, 0, 0, 0, 0, 1, 1, 2, 3, 4])]);
    // Whole: the good frame passes, the bad one not at all. Cut: ws may have had the bad header's first bytes (it waits for the rest).
    expect(feed(bad, bad.length)).toEqual({ closeCode: CLOSE_PROTOCOL_ERROR, passedUpTo: 8 });
    expect(feed(bad, 3)).toEqual({ closeCode: CLOSE_PROTOCOL_ERROR, passedUpTo: 9 });
    expect(feed(bad, 1)).toEqual({ closeCode: CLOSE_PROTOCOL_ERROR, passedUpTo: 10 });
  });

  it('refuses invalid UTF-8 in the first fragment of an unfinished text message with 1007 at once', () => {
    // "a" then C0 (never valid), FIN 0, and no final fragment.
    const bad = Buffer.concat([masked(OPCODE_TEXT, 'ok'), masked(OPCODE_TEXT, Uint8Array.of(0x61, 0xc0), false)]);
    expect(feed(bad, bad.length)).toEqual({ closeCode: CLOSE_INVALID_PAYLOAD, passedUpTo: 8 });
  });

  it('finds invalid UTF-8 split across fragments and across chunks of one frame', () => {
    // E2 82 | 28: a three-byte sequence broken in its last byte, in the second fragment.
    const acrossFragments = Buffer.concat([masked(OPCODE_TEXT, Uint8Array.of(0xe2, 0x82), false), masked(OPCODE_CONTINUATION, Uint8Array.of(0x28), false)]);
    expect(feed(acrossFragments, acrossFragments.length)?.closeCode).toBe(CLOSE_INVALID_PAYLOAD);
    // One unfinished (FIN 1, but not all arrived) frame: 4 good bytes then ED A0 (a surrogate), cut before its end.
    const oneFrame = masked(OPCODE_TEXT, Uint8Array.of(0x61, 0x62, 0x63, 0x64, 0xed, 0xa0, 0x80, 0x61));
    const guard = new ProtocolGuard();
    expect(guard.check(oneFrame.subarray(0, 8))).toBeUndefined();
    expect(guard.check(oneFrame.subarray(8, 12))).toEqual({ closeCode: CLOSE_INVALID_PAYLOAD, passBytes: 0 });
  });

  it('leaves binary payloads and whole final text frames to ws (which checks those at once)', () => {
    expect(feed(masked(OPCODE_BINARY, Uint8Array.of(0xc0, 0xc1), false), 100)).toBeUndefined();
    expect(feed(masked(OPCODE_TEXT, Uint8Array.of(0xc0)), 100)).toBeUndefined();
  });

  it('stops checking at the frame past maxFragments, where ws fails the connection itself', () => {
    const guard = new ProtocolGuard(2);
    const bad = Buffer.concat([masked(OPCODE_TEXT, 'a', false), masked(0x0, 'b', false), masked(0x0, Uint8Array.of(0xc0), false)]);
    expect(guard.check(bad)).toBeUndefined();
    expect(new ProtocolGuard(3).check(bad)?.closeCode).toBe(CLOSE_INVALID_PAYLOAD);
  });
  it('leaves compressed messages (RSV1, permessage-deflate) to ws: their bytes are not UTF-8 until inflated', () => {
    // Compressed "Hello" (RFC 7692 §7.2.3.1), and a compressed text split over two frames, RSV1 on the first only.
    const deflated = Buffer.from([0xf2, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0x00]);
    const stream = Buffer.concat([
      Buffer.from(encodeFrame({ opcode: OPCODE_TEXT, rsv1: true, payload: deflated, maskingKey: KEY }).bytes),
      Buffer.from(encodeFrame({ opcode: OPCODE_TEXT, rsv1: true, fin: false, payload: deflated.subarray(0, 3), maskingKey: KEY }).bytes),
      Buffer.from(encodeFrame({ opcode: OPCODE_CONTINUATION, payload: deflated.subarray(3), maskingKey: KEY }).bytes),
      masked(OPCODE_TEXT, 'plain ✓'),
    ]);
    for (const size of [1, 2, 5, stream.length]) expect(feed(stream, size)).toBeUndefined();
    // The next uncompressed text is checked again.
    const after = Buffer.concat([stream, masked(OPCODE_TEXT, Uint8Array.of(0x61, 0xc0, 0xaf, 0x62), false)]);
    expect(feed(after, 1)?.closeCode).toBe(CLOSE_INVALID_PAYLOAD);
  });
});

