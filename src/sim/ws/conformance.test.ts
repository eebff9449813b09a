// Our Autobahn-style corpus (fixtures/conformanceCases.ts), each case read whole, one byte at a time and in odd-sized chunks.
import { describe, expect, it } from 'vitest';
import { describeEvent } from './fixtures/describeEvent';
import { conformanceCases, type ConformanceCase } from './fixtures/conformanceCases';
import { wireBytes } from './fixtures/wire';
import { encodeFrame } from './encodeFrame';
import { fragmentMessage } from './fragmentMessage';
import { MessageReader } from './messageReader';
import { OPCODE_TEXT } from './opcodes';

/** Reads `bytes` split into pieces of the given sizes (cycling); returns the event lines. */
function read(c: ConformanceCase, bytes: Uint8Array, sizes: readonly number[]): string[] {
  const reader = new MessageReader({ role: c.role, maxPayload: c.maxPayload });
  const lines: string[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const n = sizes[i % sizes.length]!;
    lines.push(...reader.push(bytes.subarray(at, at + n)).map(describeEvent));
    at += n;
  }
  return lines;
}

const BYTE_AT_A_TIME = [1];
const ODD_CHUNKS = [3, 7, 1, 13, 997];

describe('conformance corpus (Autobahn categories 1–7)', () => {
  it.each(conformanceCases.map((c) => [c.id, c.title, c] as const))('%s %s', (_id, _title, c) => {
    const bytes = wireBytes(c.wire);
    expect(read(c, bytes, [bytes.length || 1])).toEqual(c.expect);
    // The 64 KiB cases are fed byte by byte too; it is the streaming decoder's worst case.
    expect(read(c, bytes, BYTE_AT_A_TIME)).toEqual(c.expect);
    expect(read(c, bytes, ODD_CHUNKS)).toEqual(c.expect);
  }, 30_000);
});

describe('auto-fragmentation (Autobahn category 10)', () => {
  it('a 65536-byte text message sent in 1300-byte fragments arrives as one message', () => {
    const text = new Uint8Array(65536).fill(0x2a);
    const frames = fragmentMessage(text, OPCODE_TEXT, 1300, () => [0x01, 0x02, 0x03, 0x04]);
    expect(frames.length).toBe(Math.ceil(65536 / 1300));
    const wire = frames.map((f) => encodeFrame(f).bytes);
    const reader = new MessageReader({ role: 'server' });
    const lines = wire.flatMap((w) => reader.push(w).map(describeEvent));
    expect(lines).toEqual(['text 65536×2a']);
  });

  it('a UTF-8 text cut inside code points at every fragment size from 1 to 12 arrives whole', () => {
    const text = new TextEncoder().encode('양방향 통신 😀 κόσμε');
    for (let size = 1; size <= 12; size++) {
      const reader = new MessageReader({ role: 'client' });
      const events = fragmentMessage(text, OPCODE_TEXT, size).flatMap((f) => reader.push(encodeFrame(f).bytes));
      expect(events.map((e) => e.kind === 'message' && new TextDecoder().decode(e.data))).toEqual(['양방향 통신 😀 κόσμε']);
    }
  });
});
