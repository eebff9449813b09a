// The ported compressor against pako (which it was ported from) and Node's zlib (which pako matches), byte for byte,
// through MessageDeflater: every level 0–9, window bits 9–15, with and without context takeover, over a seeded corpus
// of empty, tiny, 64-byte JSON, repetitive, random and larger-than-the-window messages. It counts the block types it
// saw, so it cannot pass without stored, static and dynamic blocks all having been compared.
import { Deflate, Z_SYNC_FLUSH } from 'pako';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createPrng } from '../../../engine/createPrng';
import { MessageDeflater } from '../messageDeflater';

const TAIL = Uint8Array.of(0, 0, 0xff, 0xff);
const text = (s: string) => new TextEncoder().encode(s);
const hex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.length).toString('hex');
/** RFC 7692 §7.2.1: the payload is the sync-flushed stream without its 4-byte tail. */
const strip = (b: Uint8Array) => (hex(b).endsWith(hex(TAIL)) ? b.subarray(0, b.length - 4) : b);
/** Node's output is compared where it fits one of our 1 KiB output windows: past that, where each writer's output room ends decides its stored blocks' sizes. */
const NODE_COMPARABLE_BYTES = 1000;

/** A seeded mix of every size class: what the bench and the lessons send, and the edges. */
function corpus(seed: number): Uint8Array[] {
  const prng = createPrng(seed);
  const out: Uint8Array[] = [text(''), text('a'), text('ab'), text('abc'), text('Hello'), text('Hello')];
  for (let i = 0; i < 44; i++) {
    const kind = i % 11 === 10 ? 5 : prng.nextInt(0, 5);
    if (kind === 0) out.push(text(`{"id":${i},"data":"${'abcdefghijklmnopqrstuvwxyz'.repeat(3).slice(0, prng.nextInt(0, 60))}"}`));
    else if (kind === 1) out.push(text('ab'.repeat(prng.nextInt(1, 20)) + 'x'.repeat(prng.nextInt(0, 3000))));
    else if (kind === 2) out.push(Uint8Array.from({ length: prng.nextInt(1, prng.nextInt(0, 2) ? 12 : 1500) }, () => prng.nextInt(0, 256)));
    else if (kind === 3) out.push(text(`ünïcödé ✓ ${i} `.repeat(prng.nextInt(1, 60))));
    else if (kind === 4) {
      // Text long enough for a dynamic block: words drawn from a small vocabulary.
      const words = ['price', 'volume', 'ACME', 'tick', '"id":', '{', '}', ',', 'data', 'ts'];
      const m = text(Array.from({ length: prng.nextInt(20, 400) }, () => words[prng.nextInt(0, words.length)]).join(' '));
      // Twice: without context takeover the second is a block seen before (its size is remembered, its trees rebuilt to send).
      out.push(m, m);
    } else {
      // Larger than every window tested (up to 32 KiB): mostly random with repeated runs.
      out.push(Uint8Array.from({ length: prng.nextInt(33_000, 45_000) }, (_, j) => (j % 97 < 40 ? prng.nextInt(0, 256) : 0x61 + (j % 7))));
    }
  }
  return out;
}

/** pako's Deflate with 1 KiB chunks, sync-flushed, as the deflater drove it before the port. */
function pakoCompress(deflate: Deflate, message: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  deflate.onData = (c: Uint8Array) => { chunks.push(c); };
  deflate.push(message, Z_SYNC_FLUSH);
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Node's zlib, one stream across messages, each sync-flushed. Its output buffer is big enough for all of them: where
 * a sync flush fills the room exactly, zlib writes a second flush marker, so room running out would add bytes.
 */
async function nodeStream(level: number, windowBits: number, messages: Uint8Array[]): Promise<Uint8Array[]> {
  const stream = zlib.createDeflateRaw({ level, windowBits, memLevel: 8, chunkSize: 4 << 20 });
  const out: Uint8Array[] = [];
  let chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  for (const m of messages) {
    stream.write(m);
    await new Promise<void>((resolve) => stream.flush(zlib.constants.Z_SYNC_FLUSH, () => resolve()));
    out.push(new Uint8Array(Buffer.concat(chunks)));
    chunks = [];
  }
  stream.destroy();
  return out;
}

/** The type of the first block (BTYPE, bits 1–2 of the first byte): 0 stored, 1 static, 2 dynamic. */
const firstBlockType = (b: Uint8Array) => (b.length === 0 ? -1 : (b[0]! >> 1) & 3);

const LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const WINDOW_BITS = [9, 10, 11, 12, 13, 14, 15];

describe('the ported compressor', () => {
  it.each(LEVELS)('writes pako\'s and Node\'s bytes at level %i, every window size, with and without context takeover', async (level) => {
    const seen = { pako: [0, 0, 0], node: [0, 0, 0] };
    for (const windowBits of WINDOW_BITS) {
      const messages = corpus(level * 100 + windowBits);
      for (const contextTakeover of [true, false]) {
        const ours = new MessageDeflater({ contextTakeover, windowBits, level });
        const pakoOptions = { raw: true, level, windowBits, memLevel: 8, chunkSize: 1024 };
        let pako = new Deflate(pakoOptions);
        const node = contextTakeover ? await nodeStream(level, windowBits, messages) : undefined;
        for (const [i, m] of messages.entries()) {
          const where = `level ${level}, window bits ${windowBits}, takeover ${contextTakeover}, message ${i} (${m.length} bytes)`;
          const mine = ours.compress(m);
          if (!contextTakeover) pako = new Deflate(pakoOptions);
          expect(hex(mine), where).toBe(hex(strip(pakoCompress(pako, m))));
          const type = firstBlockType(mine);
          if (type >= 0) seen.pako[type]!++;
          if (mine.length > NODE_COMPARABLE_BYTES) continue;
          const fromNode = node?.[i] ?? zlib.deflateRawSync(m, { level, windowBits, memLevel: 8, finishFlush: zlib.constants.Z_SYNC_FLUSH });
          expect(hex(mine), `${where}, against Node`).toBe(hex(strip(fromNode)));
          if (type >= 0) seen.node[type]!++;
        }
      }
    }
    // Level 0 writes stored blocks only; the other levels all three kinds, each compared.
    const kinds = level === 0 ? [0] : [0, 1, 2];
    for (const kind of kinds) {
      expect(seen.pako[kind], `block type ${kind} against pako`).toBeGreaterThan(5);
      expect(seen.node[kind], `block type ${kind} against Node`).toBeGreaterThan(5);
    }
  }, 30_000);
});
