import { describe, expect, it } from 'vitest';
import { ChunkQueue } from './chunkQueue';
import { bytesToHex, hexToBytes } from './hex';

const hex = (s: string) => hexToBytes(s)!;

describe('ChunkQueue', () => {
  it('takes header bytes straight from a chunk when they sit in one', () => {
    const chunk = hex('81 05 48');
    const q = new ChunkQueue();
    q.push(chunk);
    q.take(2);
    expect([q.src, q.at, q.length]).toEqual([chunk, 0, 1]);
  });

  it('gathers header bytes that span chunks, in order', () => {
    const q = new ChunkQueue();
    for (const b of ['7f', '00 00', '00', '00 00 01 00 00 aa']) q.push(hex(b));
    q.take(1);
    q.take(8);
    expect(bytesToHex(q.src.subarray(q.at, q.at + 8))).toBe('00 00 00 00 00 01 00 00');
    expect(q.length).toBe(1);
  });

  it('returns a view of one chunk without copying, and a copy it owns across chunks', () => {
    const first = hex('01 02 03');
    const q = new ChunkQueue();
    q.push(first);
    q.push(hex('04 05'));
    const view = q.consume(2);
    expect([view.buffer === first.buffer, q.owned]).toEqual([true, false]);
    const joined = q.consume(3);
    expect([bytesToHex(joined), q.owned, q.length]).toEqual(['03 04 05', true, 0]);
  });

  it('ignores empty chunks and empties on clear', () => {
    const q = new ChunkQueue();
    q.push(new Uint8Array(0));
    q.push(hex('01'));
    expect(q.length).toBe(1);
    q.clear();
    expect(q.length).toBe(0);
  });

  it('stays correct over many one-byte chunks, across compactions', () => {
    const q = new ChunkQueue();
    const seen: number[] = [];
    for (let i = 0; i < 1000; i++) {
      q.push(Uint8Array.of(i & 0xff));
      if (i % 3 === 2) {
        q.take(2);
        seen.push(q.src[q.at]!, q.src[q.at + 1]!);
      }
    }
    expect(seen.slice(0, 6)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(seen.length + q.length).toBe(1000);
    expect(bytesToHex(q.consume(q.length))).toBe(Array.from({ length: 1000 - seen.length }, (_, k) => ((seen.length + k) & 0xff).toString(16).padStart(2, '0')).join(' '));
  });
});
