import { describe, expect, it } from 'vitest';
import { defaultParams, runScenario } from '../../sim';
import { stompLayerBytes } from '../../sim/scenarios/stomp/stompLayerBytes';
import { stompCostRows } from './stompCostRows';

describe('stompCostRows', () => {
  const bytes = stompLayerBytes(runScenario('stomp', defaultParams('stomp')));
  const rows = stompCostRows(bytes);

  it('lists WebSocket headers, STOMP headers, payload, then the total', () => {
    expect(rows.map((r) => r.key)).toEqual(['wsHeader', 'stompHeaders', 'payload', 'total']);
  });

  it('has no STOMP header bytes in the raw WebSocket column, and totals that add up', () => {
    expect(rows[1]!.raw).toBeNull();
    expect(rows[0]!.stomp + rows[1]!.stomp + rows[2]!.stomp).toBeCloseTo(rows[3]!.stomp, 9);
    expect(rows[0]!.raw! + rows[2]!.raw!).toBeCloseTo(rows[3]!.raw!, 9);
  });
});
