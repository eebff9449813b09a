import { describe, expect, it } from 'vitest';
import { serializeRequest } from '../../sim';
import { paddedHeaderSet } from './paddedHeaderSet';

const headBytes = (headers: ReturnType<typeof paddedHeaderSet>): number =>
  serializeRequest({ method: 'GET', target: '/poll', headers: headers.kind === 'custom' ? headers.headers : [] }).bytes.length;

describe('paddedHeaderSet', () => {
  it('makes the simulated request head exactly the measured size', () => {
    const bare = headBytes({ kind: 'custom', headers: [] });
    expect(headBytes(paddedHeaderSet(612, bare))).toBe(612);
  });

  it('adds nothing when the measured head is smaller than a filler line', () => {
    expect(paddedHeaderSet(10, 22)).toEqual({ kind: 'custom', headers: [] });
  });
});
