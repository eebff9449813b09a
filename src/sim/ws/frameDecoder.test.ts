import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeFrame } from './encodeFrame';
import { FrameDecoder, type FrameDecoderEvent } from './frameDecoder';
import { bytesToHex, hexToBytes } from './hex';
import { OPCODE_BINARY, OPCODE_TEXT } from './opcodes';

const hex = (s: string) => hexToBytes(s)!;

/** Feeds `bytes` in pieces of the given sizes (cycling), collecting every event. */
function feed(decoder: FrameDecoder, bytes: Uint8Array, sizes: readonly number[]): FrameDecoderEvent[] {
  const events: FrameDecoderEvent[] = [];
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const n = Math.max(1, sizes[i % sizes.length]!);
    events.push(...decoder.push(bytes.subarray(at, at + n)));
    at += n;
  }
  return events;
}

const summary = (events: FrameDecoderEvent[]) =>
  events.map((e) => (e.kind === 'frame' ? `${e.offset}:${e.frame.opcode}:${bytesToHex(e.frame.payload)}` : `error ${e.error.code} ${e.error.closeCode} @${e.error.offset}`));

describe('FrameDecoder', () => {
  const twoFrames = hex('81 85 37 fa 21 3d 7f 9f 4d 51 58 82 80 00 00 00 00');

  it('decodes two masked frames delivered whole, with their stream offsets', () => {
    expect(summary(new FrameDecoder({ role: 'server' }).push(twoFrames))).toEqual(['0:1:48 65 6c 6c 6f', '11:2:']);
  });

  it('gives the same frames fed one byte at a time and in 3-byte chunks', () => {
    const whole = summary(new FrameDecoder({ role: 'server' }).push(twoFrames));
    expect(summary(feed(new FrameDecoder({ role: 'server' }), twoFrames, [1]))).toEqual(whole);
    expect(summary(feed(new FrameDecoder({ role: 'server' }), twoFrames, [3]))).toEqual(whole);
  });

  it('walks through the named states of ws\'s receiver', () => {
    const d = new FrameDecoder({ role: 'server' });
    const wire = hex('82 fe 00 02 01 02 03 04 aa bb');
    const seen = [d.state];
    for (const b of wire) {
      d.push(Uint8Array.of(b));
      if (seen[seen.length - 1] !== d.state) seen.push(d.state);
    }
    expect(seen).toEqual(['GET_INFO', 'GET_PAYLOAD_LENGTH_16', 'GET_MASK', 'GET_DATA', 'GET_INFO']);
  });

  it('reports an error at its stream offset and then ignores further input', () => {
    const d = new FrameDecoder({ role: 'client' });
    expect(summary(d.push(hex('81 01 61 83 00')))).toEqual(['0:1:61', 'error WS_ERR_INVALID_OPCODE 1002 @3']);
    expect(d.state).toBe('FAILED');
    expect(d.push(hex('81 01 61'))).toEqual([]);
  });

  it('reports a stream that ends mid-frame as 1006, and a clean end as nothing', () => {
    const d = new FrameDecoder({ role: 'client' });
    d.push(hex('81 05 48 65'));
    expect(summary(d.end())).toEqual(['error WS_ERR_TRUNCATED_FRAME 1006 @4']);
    const clean = new FrameDecoder({ role: 'client' });
    clean.push(hex('81 00'));
    expect(clean.end()).toEqual([]);
  });

  it('rejects a continuation with nothing to continue from its first two bytes, as ws does', () => {
    expect(summary(new FrameDecoder({ role: 'client' }).push(hex('80 7e')))).toEqual(['error WS_ERR_INVALID_OPCODE 1002 @0']);
  });

  it('rejects a new text frame inside a fragmented message at its header', () => {
    expect(summary(new FrameDecoder({ role: 'client' }).push(hex('01 01 61 89 00 81')))).toEqual(['0:1:61', '3:9:']);
    expect(summary(new FrameDecoder({ role: 'client' }).push(hex('01 01 61 81 01')))).toEqual(['0:1:61', 'error WS_ERR_INVALID_OPCODE 1002 @3']);
  });

  it('counts maxPayload over the fragments of a message, at the header of the one that crosses it', () => {
    const d = new FrameDecoder({ role: 'client', maxPayload: 4 });
    expect(summary(d.push(hex('02 03 01 02 03 80 02')))).toEqual(['0:2:01 02 03', 'error WS_ERR_UNSUPPORTED_MESSAGE_LENGTH 1009 @6']);
  });

  it('does not unmask the caller\'s chunks in place', () => {
    const chunk = hex('81 85 37 fa 21 3d 7f 9f 4d 51 58');
    new FrameDecoder({ role: 'server' }).push(chunk);
    expect(bytesToHex(chunk)).toBe('81 85 37 fa 21 3d 7f 9f 4d 51 58');
  });

  it('annotates streamed frames when asked', () => {
    const [ev] = new FrameDecoder({ role: 'client', annotate: true }).push(hex('81 01 61'));
    expect(ev?.kind === 'frame' && ev.fields!.map((f) => f.name)).toEqual(['fin', 'rsv1', 'rsv2', 'rsv3', 'opcode', 'mask', 'payload-len', 'payload']);
  });

  it('decodes any sequence of frames the same whatever the chunking', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: fc.boolean(), payload: fc.uint8Array({ maxLength: 300 }), key: fc.uint8Array({ minLength: 4, maxLength: 4 }) }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 8 }),
        (frames, sizes) => {
          const parts = frames.map((f) => encodeFrame({ opcode: f.text ? OPCODE_TEXT : OPCODE_BINARY, payload: f.payload, maskingKey: f.key }).bytes);
          const wire = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
          parts.reduce((at, p) => (wire.set(p, at), at + p.length), 0);
          const events = feed(new FrameDecoder({ role: 'server' }), wire, sizes);
          expect(events.map((e) => e.kind === 'frame' && bytesToHex(e.frame.payload))).toEqual(frames.map((f) => bytesToHex(f.payload)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary bytes in arbitrary chunks', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1 }), fc.constantFrom('client' as const, 'server' as const), (bytes, sizes, role) => {
        const d = new FrameDecoder({ role, maxPayload: 64 });
        feed(d, bytes, sizes);
        d.end();
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects a 64-bit length with the top bit set with 1002, and one of 2^53 with 1009', () => {
    expect(summary(new FrameDecoder({ role: 'client' }).push(hex('82 7f 80 00 00 00 00 00 00 01')))).toEqual(['error WS_ERR_UNSUPPORTED_DATA_PAYLOAD_LENGTH 1002 @2']);
    expect(summary(feed(new FrameDecoder({ role: 'client' }), hex('81 01 61 82 7f ff ff ff ff ff ff ff ff'), [1]))).toEqual(['0:1:61', 'error WS_ERR_UNSUPPORTED_DATA_PAYLOAD_LENGTH 1002 @5']);
    expect(summary(new FrameDecoder({ role: 'client' }).push(hex('82 7f 00 20 00 00 00 00 00 00')))).toEqual(['error WS_ERR_UNSUPPORTED_DATA_PAYLOAD_LENGTH 1009 @2']);
  });
});
