import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CLOSE_ABNORMAL, CLOSE_INVALID_PAYLOAD, CLOSE_PROTOCOL_ERROR } from './closeCodes';
import { encodeFrame } from './encodeFrame';
import { fieldTiling } from './fieldTiling';
import { hexToBytes } from './hex';
import { inspectWire } from './inspectWire';
import { OPCODE_TEXT } from './opcodes';

const hex = (s: string) => hexToBytes(s)!;

describe('inspectWire', () => {
  it('reads the RFC 6455 §5.7 masked "Hello" as one frame and one text message, as a server', () => {
    const r = inspectWire(hex('81 85 37 fa 21 3d 7f 9f 4d 51 58'), { role: 'server' });
    expect(r.ending).toEqual({ kind: 'complete' });
    expect(r.frames).toHaveLength(1);
    expect(r.frames[0]!.length).toBe(11);
    expect(fieldTiling(r.frames[0]!.fields, 11)).toEqual({ ok: true });
    expect(r.events[0]).toMatchObject({ kind: 'message', opcode: OPCODE_TEXT, fragments: 1 });
  });

  it('reassembles the §5.7 fragmented "Hel" + "lo" and reports each frame at its offset', () => {
    const r = inspectWire(hex('01 03 48 65 6c 80 02 6c 6f'), { role: 'client' });
    expect(r.frames.map((f) => f.offset)).toEqual([0, 5]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ kind: 'message', fragments: 2 });
  });

  it('rejects an unmasked client frame read by a server with 1002 at byte 1', () => {
    const r = inspectWire(hex('81 05 48 65 6c 6c 6f'), { role: 'server' });
    expect(r.ending).toMatchObject({ kind: 'error', error: { code: 'WS_ERR_EXPECTED_MASK', closeCode: CLOSE_PROTOCOL_ERROR, offset: 1 } });
  });

  it('places an error in the second frame at its offset in the whole input', () => {
    const r = inspectWire(hex('81 01 61 8b 00'), { role: 'client' });
    expect(r.frames).toHaveLength(1);
    expect(r.ending).toMatchObject({ kind: 'error', error: { code: 'WS_ERR_INVALID_OPCODE', offset: 3 } });
  });

  it('finds invalid UTF-8 in a text frame (1007) at the offending byte', () => {
    const r = inspectWire(hex('81 03 61 ff 62'), { role: 'client' });
    expect(r.ending).toMatchObject({ kind: 'error', error: { closeCode: CLOSE_INVALID_PAYLOAD, offset: 3 } });
  });

  it('says the payload is short: the header states 126 bytes and 5 arrived', () => {
    const r = inspectWire(hex('82 7e 00 7e 01 02 03 04 05'), { role: 'client' });
    expect(r.ending).toEqual({ kind: 'truncated', offset: 0, part: 'payload', arrived: 9, missing: 121, payloadLength: 126, payloadArrived: 5 });
  });

  it('names the header part the bytes stop in', () => {
    expect(inspectWire(hex('81'), { role: 'client' }).ending).toMatchObject({ kind: 'truncated', part: 'header', missing: 1 });
    expect(inspectWire(hex('82 7f 00 00'), { role: 'client' }).ending).toMatchObject({ kind: 'truncated', part: 'extended-length', missing: 6 });
    expect(inspectWire(hex('81 85 37 fa'), { role: 'server' }).ending).toMatchObject({ kind: 'truncated', part: 'masking-key', missing: 2 });
  });

  it('reports a fragmented message left open after whole frames', () => {
    expect(inspectWire(hex('01 03 48 65 6c'), { role: 'client' }).ending).toEqual({ kind: 'open-message', offset: 5, fragments: 1 });
  });

  it('reports bytes after a Close frame instead of reading them', () => {
    const r = inspectWire(hex('88 02 03 e8 81 01 61'), { role: 'client' });
    expect(r.events[0]).toMatchObject({ kind: 'close', code: 1000 });
    expect(r.ending).toEqual({ kind: 'after-close', offset: 4, count: 3 });
  });

  it('reads an empty input as complete with nothing in it', () => {
    expect(inspectWire(new Uint8Array(0), { role: 'server' })).toEqual({ frames: [], events: [], ending: { kind: 'complete' } });
  });

  it('never throws, and a truncated ending is never reported with a 1006-less error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.constantFrom('client' as const, 'server' as const), (bytes, role) => {
        const r = inspectWire(bytes, { role });
        const covered = r.frames.reduce((n, f) => n + f.length, 0);
        expect(covered).toBeLessThanOrEqual(bytes.length);
        if (r.ending.kind === 'error') expect(r.ending.error.closeCode).not.toBe(CLOSE_ABNORMAL);
      }),
    );
  });

  it('reads back any frame the encoder writes, cut anywhere, as truncated with the right shortfall', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), fc.nat(), (payload, masked, cutSeed) => {
        const bytes = encodeFrame({ opcode: 0x2, payload, maskingKey: masked ? [1, 2, 3, 4] : undefined }).bytes;
        const cut = cutSeed % bytes.length;
        const r = inspectWire(bytes.subarray(0, cut), { role: masked ? 'server' : 'client' });
        expect(r.ending.kind).toBe(cut === 0 ? 'complete' : 'truncated');
        if (r.ending.kind === 'truncated' && r.ending.part === 'payload') {
          expect(r.ending.payloadLength).toBe(payload.length);
          expect(r.ending.arrived + r.ending.missing).toBe(bytes.length);
        }
      }),
    );
  });
});

describe('inspectWire, strict where the RFC is (what the frame lab shows)', () => {
  it('ends with a 1002 protocol error at a 64-bit length whose most significant bit is set', () => {
    const r = inspectWire(hex('81 01 61 82 7f 80 00 00 00 00 00 00 05 68 65 6c 6c 6f'), { role: 'client' });
    expect(r.frames).toHaveLength(1);
    expect(r.ending).toMatchObject({ kind: 'error', error: { closeCode: CLOSE_PROTOCOL_ERROR, offset: 5, messageKey: 'wserr.lengthMsbSet', rule: 'RFC 6455 §5.2' } });
  });

  it('ends with 1007 at the invalid byte of an unfinished text message, not with an open message', () => {
    // First fragment (FIN 0) "a" + ED A0 (a surrogate's start): no final fragment in the bytes.
    const r = inspectWire(hex('01 03 61 ed a0'), { role: 'client' });
    expect(r.ending).toMatchObject({ kind: 'error', error: { closeCode: CLOSE_INVALID_PAYLOAD, offset: 4, messageKey: 'wserr.invalidUtf8' } });
  });
});

