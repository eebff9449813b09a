// The deflater and inflater drive pako's low-level calls and reuse one stream: their bytes must be exactly those
// of pako's own Deflate / Inflate classes (a new one per message without context takeover), which this checks
// over messages of every size class: tiny, JSON-like, highly repetitive, random, and larger than the window.
import { Deflate, Inflate, Z_SYNC_FLUSH } from 'pako';
import { describe, expect, it } from 'vitest';
import { createPrng } from '../../engine/createPrng';
import { MessageDeflater } from './messageDeflater';
import { MessageInflater } from './messageInflater';

const text = (s: string) => new TextEncoder().encode(s);
/** Byte equality as one boolean: a deep equal over tens of thousands of elements is slow. */
const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));

/** What the deflater did before it drove pako's low-level calls: pako's Deflate with 1 KiB chunks, tail dropped. */
function pakoCompress(deflate: Deflate, message: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  deflate.onData = (c: Uint8Array) => { chunks.push(c); };
  deflate.push(message, Z_SYNC_FLUSH);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  const n = out.length;
  const tail = n >= 4 && out[n - 4] === 0 && out[n - 3] === 0 && out[n - 2] === 0xff && out[n - 1] === 0xff;
  return tail ? out.slice(0, n - 4) : out;
}
const pakoDeflate = (windowBits: number) => new Deflate({ raw: true, level: 6, windowBits, memLevel: 8, chunkSize: 1024 });

function pakoInflate(inflate: Inflate, payload: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  inflate.onData = (c: Uint8Array) => { chunks.push(c); };
  inflate.push(Buffer.concat([payload, Uint8Array.of(0, 0, 0xff, 0xff)]), Z_SYNC_FLUSH);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

/** A mixed sequence of messages, seeded: the sizes and kinds a session and the lessons send, and beyond. */
function messages(seed: number): Uint8Array[] {
  const prng = createPrng(seed);
  const out: Uint8Array[] = [text(''), text('Hello'), text('Hello'), text('a'), text('ab'), text('abc')];
  for (let i = 0; i < 80; i++) {
    // Every tenth message is one of the large ones.
    const kind = i % 10 === 9 ? 3 : prng.nextInt(0, 4) === 3 ? 4 : prng.nextInt(0, 3);
    if (kind === 0) out.push(text(`{"id":${i},"data":"${'abcdefghijklmnopqrstuvwxyz'.repeat(3).slice(0, prng.nextInt(0, 70))}"}`));
    else if (kind === 1) out.push(text('x'.repeat(prng.nextInt(1, 3000))));
    else if (kind === 2) out.push(Uint8Array.from({ length: prng.nextInt(1, 2000) }, () => prng.nextInt(0, 256)));
    else if (kind === 3) out.push(Uint8Array.from({ length: prng.nextInt(30_000, 80_000) }, (_, j) => (j % 97 < 40 ? prng.nextInt(0, 256) : 0x61 + (j % 7))));
    else out.push(text(`ünïcödé ✓ ${i} `.repeat(prng.nextInt(1, 40))));
  }
  return out;
}

describe('MessageDeflater against pako\'s Deflate', () => {
  it.each([[15, false], [15, true], [9, false], [9, true], [12, false]] as const)(
    'writes the same bytes for every message (window bits %i, context takeover %s)',
    (windowBits, contextTakeover) => {
      const ours = new MessageDeflater({ contextTakeover, windowBits });
      let theirs = pakoDeflate(windowBits);
      for (const [i, m] of messages(windowBits).entries()) {
        if (!contextTakeover) theirs = pakoDeflate(windowBits);
        expect(same(ours.compress(m), pakoCompress(theirs, m)), `message ${i} (${m.length} bytes)`).toBe(true);
      }
    },
  );

  it('writes a fresh compressor\'s bytes for a message after one larger than its window (the reset clears it all)', () => {
    const ours = new MessageDeflater({ contextTakeover: false, windowBits: 9 });
    const big = Uint8Array.from({ length: 5000 }, (_, j) => (j * 31) % 251);
    ours.compress(big);
    const small = big.subarray(100, 400);
    expect(ours.compress(small)).toEqual(pakoCompress(pakoDeflate(9), small));
  });
});

describe('MessageInflater against pako\'s Inflate', () => {
  it.each([true, false])('reads back every message with the same bytes (context takeover %s)', (contextTakeover) => {
    const deflater = new MessageDeflater({ contextTakeover });
    const ours = new MessageInflater({ contextTakeover });
    let theirs = new Inflate({ raw: true, windowBits: 15, chunkSize: 4096 });
    for (const m of messages(3)) {
      const compressed = deflater.compress(m);
      if (!contextTakeover) theirs = new Inflate({ raw: true, windowBits: 15, chunkSize: 4096 });
      const read = ours.decompress(compressed);
      expect(read.ok && same(read.data, m) && same(read.data, pakoInflate(theirs, compressed))).toBe(true);
    }
  });

  it('inflates every message it is asked to after others were skipped (their bytes joined the window), as if it had read them all', () => {
    const deflater = new MessageDeflater({ contextTakeover: true });
    const skipping = new MessageInflater({ contextTakeover: true });
    const prng = createPrng(11);
    let skipped = 0;
    for (const [i, m] of messages(5).entries()) {
      const compressed = deflater.compress(m);
      if (i > 0 && prng.nextInt(0, 3) > 0) {
        expect(skipping.canSkip).toBe(true);
        skipping.skip(m);
        skipped++;
        continue;
      }
      const read = skipping.decompress(compressed);
      expect(read.ok && same(read.data, m), `message ${i} (${m.length} bytes)`).toBe(true);
    }
    expect(skipped).toBeGreaterThan(40);
  });

  it('inflates the same after skipped messages given as text (their UTF-8 written into the window) as after reading them', () => {
    const deflater = new MessageDeflater({ contextTakeover: true });
    const skipping = new MessageInflater({ contextTakeover: true });
    const prng = createPrng(12);
    // JSON-like texts, some with non-ASCII, some past a third of the window (encoded whole first), over 64 KiB in all;
    // the rest repeat random strings seen up to a window back, so the window's oldest bytes are referred to.
    const pool = Array.from({ length: 60 }, () => Array.from({ length: 400 }, () => String.fromCharCode(0x21 + prng.nextInt(0, 90))).join(''));
    const texts = Array.from({ length: 400 }, (_, i) => {
      const kind = prng.nextInt(0, 10);
      const body = kind === 0 ? 'é€😀'.repeat(prng.nextInt(1, 50)) : kind === 1 ? 'x'.repeat(prng.nextInt(11000, 20000)) : pool[prng.nextInt(0, pool.length)]!;
      return `{"id":${i},"data":"${body}"}`;
    });
    let skipped = 0;
    for (const [i, t] of texts.entries()) {
      const bytes = text(t);
      const compressed = deflater.compress(bytes);
      // Long runs of skips: the queued bytes outgrow their buffer and are cut to the last window's worth.
      if (i % 25 !== 0) {
        skipping.skip({ inflatedText: t, inflatedBytes: bytes.length });
        skipped++;
        continue;
      }
      const read = skipping.decompress(compressed);
      expect(read.ok && same(read.data, bytes), `message ${i}`).toBe(true);
    }
    expect(skipped).toBeGreaterThan(350);
  });

  it('reports pako\'s message for corrupt data, and without context takeover reads the next message afresh', () => {
    const ours = new MessageInflater({ contextTakeover: false });
    const theirs = new Inflate({ raw: true, windowBits: 15 });
    theirs.push(Uint8Array.of(0xff, 0xff, 0, 0, 0xff, 0xff), Z_SYNC_FLUSH);
    expect(ours.decompress(Uint8Array.of(0xff, 0xff))).toEqual({ ok: false, message: theirs.msg });
    expect(ours.decompress(new MessageDeflater({ contextTakeover: false }).compress(text('Hello')))).toEqual({ ok: true, data: text('Hello') });
  });
});
