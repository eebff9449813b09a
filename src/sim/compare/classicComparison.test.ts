import { describe, expect, it } from 'vitest';
import { classicComparison, lineCharacters } from './classicComparison';
import { classicHeaderExample } from '../http/classicHeaderExample';

/** Rounds like the article: to `digits` significant figures. */
const sig = (value: number, digits: number): number => Number(value.toPrecision(digits));

describe('classicComparison', () => {
  const c = classicComparison();

  it('counts the article\'s 871 bytes from the serialized heads: every byte that is not CR or LF', () => {
    const ex = classicHeaderExample();
    expect(lineCharacters(ex.requestBytes) + lineCharacters(ex.responseHeadBytes)).toBe(871);
    expect(c.pollCountedBytes).toBe(871);
    expect(c.pollWireBytes).toBe(ex.wireBytes);
  });

  it('gets the 2-byte WebSocket header from encodeFrame: unmasked, 7-bit length', () => {
    expect(c.frameHeaderBytes).toBe(2);
    expect(c.maskedFrameHeaderBytes).toBe(6);
    expect(c.longFrameHeaderBytes).toBe(4);
  });

  it('reproduces polling at 6.6 / 66 / 665 Mbps for 1,000 / 10,000 / 100,000 clients (2^20-bit megabits)', () => {
    expect(c.rows.map((r) => r.clients)).toEqual([1_000, 10_000, 100_000]);
    expect(sig(c.rows[0]!.pollingMbps, 2)).toBe(6.6);
    expect(sig(c.rows[1]!.pollingMbps, 2)).toBe(66);
    expect(sig(c.rows[2]!.pollingMbps, 3)).toBe(665);
  });

  it('reproduces WebSocket at 0.015 / 0.153 / 1.526 Mbps', () => {
    expect(sig(c.rows[0]!.webSocketMbps, 2)).toBe(0.015);
    expect(sig(c.rows[1]!.webSocketMbps, 3)).toBe(0.153);
    expect(sig(c.rows[2]!.webSocketMbps, 4)).toBe(1.526);
  });

  it('would have printed 6.9 / 69 / 694 Mbps had it counted the CRLFs that travel too', () => {
    expect(c.rows.map((r) => Math.round(r.pollingWireMbps * 10) / 10)).toEqual([6.9, 69.4, 693.5]);
  });

  it('uses 2^20 bits per megabit: 871 B × 8 × 1,000 / 1,048,576', () => {
    expect(c.megabit).toBe(1_048_576);
    expect(c.rows[0]!.pollingMbps).toBeCloseTo((871 * 8 * 1000) / 1_048_576, 12);
  });
});
