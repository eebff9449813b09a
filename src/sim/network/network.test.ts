import { describe, expect, it } from 'vitest';
import { createPrng } from '../engine/createPrng';
import { Network, type NetworkParams } from './network';

const params = (over: Partial<NetworkParams> = {}): NetworkParams => ({
  latencyMs: 50,
  jitterMs: 0,
  bandwidthBps: 8_000_000,
  setup: 'none',
  ...over,
});

describe('Network', () => {
  it('adds serialization (bytes × 8 / bps) and latency', () => {
    // 1,000 bytes at 8 Mbit/s = 8,000 bits / 8,000 bits per ms = 1 ms.
    const net = new Network(params(), createPrng(1));
    expect(net.serializationMs(1000)).toBe(1);
    expect(net.transmit(1, 'up', 10, 1000)).toBe(61);
  });

  it('keeps a later transfer on the same connection and direction behind an earlier one', () => {
    const net = new Network(params({ jitterMs: 40 }), createPrng(2));
    for (let connection = 1; connection <= 2; connection++) {
      for (const direction of ['up', 'down'] as const) {
        let previous = -Infinity;
        for (let i = 0; i < 500; i++) {
          const arrival = net.transmit(connection, direction, i * 0.5, 100);
          expect(arrival).toBeGreaterThanOrEqual(previous);
          previous = arrival;
        }
      }
    }
  });

  it('lets a transfer on another connection overtake', () => {
    const net = new Network(params(), createPrng(3));
    // A big transfer first on connection 1, then a small one on connection 2.
    const big = net.transmit(1, 'down', 0, 100_000);
    const small = net.transmit(2, 'down', 1, 10);
    expect(small).toBeLessThan(big);
  });

  it('holds a fast transfer behind a slow one on the same lane', () => {
    const net = new Network(params(), createPrng(3));
    const big = net.transmit(1, 'down', 0, 100_000); // 100 ms serialization + 50 ms
    expect(net.transmit(1, 'down', 1, 10)).toBe(big);
    // The opposite direction is its own lane.
    expect(net.transmit(1, 'up', 1, 1000)).toBe(52);
  });

  it('never gives a negative one-way delay, even with jitter larger than latency', () => {
    const net = new Network(params({ latencyMs: 5, jitterMs: 50, bandwidthBps: 1e15 }), createPrng(4));
    for (let i = 0; i < 1000; i++) {
      const sentAt = i * 1000; // far apart, so FIFO never lifts the value
      expect(net.transmit(1, 'up', sentAt, 1) - sentAt).toBeGreaterThanOrEqual(0);
    }
  });

  it('spreads jitter over [latency - jitter, latency + jitter]', () => {
    const net = new Network(params({ latencyMs: 50, jitterMs: 10, bandwidthBps: 1e15 }), createPrng(5));
    const delays = Array.from({ length: 2000 }, (_, i) => net.transmit(1, 'up', i * 1000, 1) - i * 1000);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(40);
    expect(Math.max(...delays)).toBeLessThanOrEqual(60);
    expect(Math.min(...delays)).toBeLessThan(41);
    expect(Math.max(...delays)).toBeGreaterThan(59);
  });

  it('charges one round trip for TCP set-up and two with TLS 1.3', () => {
    expect(new Network(params({ setup: 'none' }), createPrng(1)).setupDelayMs()).toBe(0);
    expect(new Network(params({ setup: 'tcp' }), createPrng(1)).setupDelayMs()).toBe(100);
    expect(new Network(params({ setup: 'tcp-tls13' }), createPrng(1)).setupDelayMs()).toBe(200);
  });
});
