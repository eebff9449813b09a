import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeFrame, type DecodeFrameResult } from './decodeFrame';
import { encodeFrame } from './encodeFrame';
import { fieldTiling } from './fieldTiling';
import { bytesToHex, hexToBytes } from './hex';
import { OPCODE_BINARY, OPCODE_CLOSE } from './opcodes';
import type { DecodeOptions } from './types';

const hex = (s: string) => hexToBytes(s)!;
const CLIENT: DecodeOptions = { role: 'client' };
const SERVER: DecodeOptions = { role: 'server' };

function errorOf(r: DecodeFrameResult) {
  if (r.ok || r.needMore) throw new Error(`expected an error, got ${JSON.stringify(r)}`);
  return [r.error.code, r.error.closeCode, r.error.offset, r.error.rule];
}

describe('decodeFrame', () => {
  it('asks for more bytes, and how many, at every cut of a frame', () => {
    const wire = hex('81 85 37 fa 21 3d 7f 9f 4d 51 58');
    const missing = [2, 1, 4, 3, 2, 1, 5, 4, 3, 2, 1];
    for (let cut = 0; cut < wire.length; cut++) {
      expect(decodeFrame(wire.subarray(0, cut), SERVER)).toEqual({ ok: false, needMore: true, missing: missing[cut] });
    }
  });

  it('reads only the first frame and reports how many bytes it took', () => {
    const r = decodeFrame(hex('82 01 aa 82 01 bb'), CLIENT);
    expect(r.ok && [r.consumed, bytesToHex(r.frame.payload)]).toEqual([3, 'aa']);
  });

  it('returns an unmasked payload as a view and a masked one as a copy, leaving the input untouched', () => {
    const plain = hex('82 02 aa bb');
    const r1 = decodeFrame(plain, CLIENT);
    expect(r1.ok && r1.frame.payload.buffer).toBe(plain.buffer);
    const masked = hex('82 82 01 02 03 04 ab b9');
    const r2 = decodeFrame(masked, SERVER);
    expect(r2.ok && bytesToHex(r2.frame.payload)).toBe('aa bb');
    expect(bytesToHex(masked)).toBe('82 82 01 02 03 04 ab b9');
  });

  it('rejects an unmasked frame at a server with 1002 (§5.1)', () => {
    expect(errorOf(decodeFrame(hex('81 00'), SERVER))).toEqual(['WS_ERR_EXPECTED_MASK', 1002, 1, 'RFC 6455 §5.1']);
  });

  it('rejects a masked frame at a client with 1002 (§5.1)', () => {
    expect(errorOf(decodeFrame(hex('81 80 00 00 00 00'), CLIENT))).toEqual(['WS_ERR_UNEXPECTED_MASK', 1002, 1, 'RFC 6455 §5.1']);
  });

  it.each(['83', '84', '85', '86', '87', '8b', '8c', '8d', '8e', '8f'])('rejects reserved opcode byte %s with 1002', (b0) => {
    const r = decodeFrame(hex(`${b0} 00`), CLIENT);
    expect(errorOf(r)).toEqual(['WS_ERR_INVALID_OPCODE', 1002, 0, 'RFC 6455 §5.2']);
    expect(!r.ok && !r.needMore && r.error.values).toEqual({ opcode: `0x${b0[1]}` });
  });

  it('rejects RSV1 without a negotiated extension with 1002, and accepts it with one', () => {
    expect(errorOf(decodeFrame(hex('c1 00'), CLIENT))).toEqual(['WS_ERR_UNEXPECTED_RSV_1', 1002, 0, 'RFC 6455 §5.2']);
    const r = decodeFrame(hex('c1 00'), { role: 'client', extensions: { rsv1: true } });
    expect(r.ok && r.frame.rsv1).toBe(true);
  });

  it('rejects RSV2 or RSV3 with 1002', () => {
    expect(errorOf(decodeFrame(hex('a1 00'), CLIENT))[0]).toBe('WS_ERR_UNEXPECTED_RSV_2_3');
    expect(errorOf(decodeFrame(hex('91 00'), CLIENT))[0]).toBe('WS_ERR_UNEXPECTED_RSV_2_3');
  });

  it('rejects a ping longer than 125 bytes with 1002', () => {
    expect(errorOf(decodeFrame(hex('89 7e 00 7e'), CLIENT))).toEqual(['WS_ERR_INVALID_CONTROL_PAYLOAD_LENGTH', 1002, 1, 'RFC 6455 §5.5']);
  });

  it('rejects a fragmented (non-final) pong with 1002', () => {
    expect(errorOf(decodeFrame(hex('0a 00'), CLIENT))).toEqual(['WS_ERR_EXPECTED_FIN', 1002, 0, 'RFC 6455 §5.5']);
  });

  it('rejects a close frame with a 1-byte body with 1002', () => {
    expect(errorOf(decodeFrame(hex('88 01 03'), CLIENT))).toEqual(['WS_ERR_INVALID_CONTROL_PAYLOAD_LENGTH', 1002, 1, 'RFC 6455 §5.5.1']);
  });

  it('rejects close code 1005 on the wire with 1002, pointing at the code', () => {
    expect(errorOf(decodeFrame(hex('88 02 03 ed'), CLIENT))).toEqual(['WS_ERR_INVALID_CLOSE_CODE', 1002, 2, 'RFC 6455 §7.4']);
  });

  it('rejects a masked close reason that is not UTF-8 with 1007 at the bad byte', () => {
    // Close 1000 with reason bytes "ff", masked with key 00 00 00 00.
    expect(errorOf(decodeFrame(hex('88 83 00 00 00 00 03 e8 ff'), SERVER))).toEqual(['WS_ERR_INVALID_UTF8', 1007, 8, 'RFC 6455 §5.5.1']);
  });

  it('accepts a close frame with a code and reason', () => {
    const r = decodeFrame(hex('88 05 03 e8 62 79 65'), CLIENT);
    expect(r.ok && r.frame.opcode).toBe(OPCODE_CLOSE);
  });

  it('rejects a data frame over maxPayload with 1009 once the length is known, before the payload arrives', () => {
    expect(errorOf(decodeFrame(hex('82 7e 01 00'), { role: 'client', maxPayload: 255 }))).toEqual(['WS_ERR_UNSUPPORTED_MESSAGE_LENGTH', 1009, 2, 'RFC 6455 §7.4.1']);
    expect(decodeFrame(hex('82 7e 00 ff'), { role: 'client', maxPayload: 255 })).toMatchObject({ ok: false, needMore: true });
  });

  it('rejects a 64-bit length above 2^53 - 1 with 1009', () => {
    expect(errorOf(decodeFrame(hex('82 7f 00 20 00 00 00 00 00 00'), CLIENT))).toEqual(['WS_ERR_UNSUPPORTED_DATA_PAYLOAD_LENGTH', 1009, 2, 'RFC 6455 §5.2']);
    expect(decodeFrame(hex('82 7f 00 1f ff ff ff ff ff ff'), CLIENT)).toMatchObject({ ok: false, needMore: true });
  });

  it('accepts a non-minimal length encoding, as ws does', () => {
    const r = decodeFrame(hex('82 7e 00 01 aa'), CLIENT);
    expect(r.ok && [r.frame.opcode, r.headerLength, bytesToHex(r.frame.payload)]).toEqual([OPCODE_BINARY, 4, 'aa']);
  });

  it('checks fragmentation only when told whether a message is open', () => {
    expect(decodeFrame(hex('80 01 61'), CLIENT).ok).toBe(true);
    expect(errorOf(decodeFrame(hex('80 01 61'), { role: 'client', inMessage: false }))).toEqual(['WS_ERR_INVALID_OPCODE', 1002, 0, 'RFC 6455 §5.4']);
    expect(errorOf(decodeFrame(hex('81 01 61'), { role: 'client', inMessage: true }))).toEqual(['WS_ERR_INVALID_OPCODE', 1002, 0, 'RFC 6455 §5.4']);
  });

  it('annotates only when asked', () => {
    const r = decodeFrame(hex('81 01 61'), CLIENT);
    expect(r.ok && r.fields).toBeUndefined();
  });

  it('annotates any decoded frame with fields that tile it and match the encoder\'s', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom(OPCODE_BINARY, 0x1, 0x9, 0xa),
        fc.option(fc.uint8Array({ minLength: 4, maxLength: 4 }), { nil: undefined }),
        fc.constantFrom('minimal' as const, '16-bit' as const, '64-bit' as const),
        (payload, opcode, maskingKey, lengthForm) => {
          // Control frames must use the 7-bit form (§5.5): a 126 or 127 length marker is an error.
          const control = opcode !== OPCODE_BINARY && opcode !== 0x1;
          const body = control ? payload.subarray(0, 125) : payload;
          const encoded = encodeFrame({ opcode, payload: body, maskingKey }, { annotate: true, lengthForm: control ? 'minimal' : lengthForm });
          const r = decodeFrame(encoded.bytes, { role: maskingKey ? 'server' : 'client', annotate: true });
          if (!r.ok) throw new Error(JSON.stringify(r));
          expect(fieldTiling(r.fields!, r.consumed)).toEqual({ ok: true });
          expect(r.fields).toEqual(encoded.fields);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary bytes, for either role and any limit', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.constantFrom('client' as const, 'server' as const), fc.nat(200), fc.boolean(), (bytes, role, maxPayload, annotate) => {
        const r = decodeFrame(bytes, { role, maxPayload, annotate });
        if (r.ok) expect(r.consumed).toBeLessThanOrEqual(bytes.length);
        else if (r.needMore) expect(r.missing).toBeGreaterThan(0);
        else expect(r.error.offset).toBeLessThanOrEqual(bytes.length);
      }),
      { numRuns: 3000 },
    );
  });
});
