import { describe, expect, it } from 'vitest';
import { bestClockSample, causalOffset, clockSample, eventLatency } from './clockSample';

describe('clockSample', () => {
  it('finds a server clock 500 ms ahead over a 20 ms round trip', () => {
    // Sent at 1000 (client), arrives at the server at 1010 client = 1510 server, written 5 ms later, back 10 ms after.
    expect(clockSample({ sentAt: 1000, serverReceivedAt: 1510, serverWrittenAt: 1515, arrivedAt: 1025 })).toEqual({ offsetMs: 500, rttMs: 20 });
  });

  it('leaves a long poll’s hold out of the round trip', () => {
    expect(clockSample({ sentAt: 0, serverReceivedAt: 5, serverWrittenAt: 25_005, arrivedAt: 25_010 }).rttMs).toBe(10);
  });

  it('keeps the sample with the shortest round trip', () => {
    expect(bestClockSample([{ offsetMs: 3, rttMs: 9 }, { offsetMs: 1, rttMs: 2 }, { offsetMs: 7, rttMs: 4 }])).toEqual({ offsetMs: 1, rttMs: 2 });
    expect(bestClockSample([])).toBeUndefined();
  });

  it('measures an event’s delay on the client’s clock', () => {
    // Generated at server time 1500 = client time 1000; arrived at client time 1012.
    expect(eventLatency(1500, 1012, 500)).toBe(12);
  });

  it('keeps the sample’s offset when it already makes every delay non-negative', () => {
    expect(causalOffset({ offsetMs: 500, rttMs: 4 }, [{ generatedAt: 1500, arrivedAt: 1012 }])).toBe(500);
  });

  it('raises the offset within ± rtt/2 just enough that no event arrives before it was generated', () => {
    // With offset 500 the event would arrive 1 ms before it happened; 501 is inside the ±2 ms bound.
    const offset = causalOffset({ offsetMs: 500, rttMs: 4 }, [{ generatedAt: 1500, arrivedAt: 999 }, { generatedAt: 2000, arrivedAt: 1510 }]);
    expect(offset).toBe(501);
    expect(eventLatency(1500, 999, offset)).toBe(0);
  });

  it('stops at the bound, so a delay that no clock error explains still shows as negative', () => {
    expect(causalOffset({ offsetMs: 500, rttMs: 4 }, [{ generatedAt: 1500, arrivedAt: 990 }])).toBe(502);
  });
});

