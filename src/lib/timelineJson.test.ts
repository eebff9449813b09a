import { describe, expect, it } from 'vitest';
import { simulateHttp } from '../components/lesson/simulateHttp';
import { defaultKnobs } from '../widgets/knobs';
import type { Timeline } from '../sim';
import { timelineFromJson, timelineToJson } from './timelineJson';

describe('timelineToJson', () => {
  for (const scenario of ['polling', 'long-polling', 'streaming'] as const) {
    it(`brings the default ${scenario} run back equal, bytes as Uint8Array`, () => {
      const timeline = simulateHttp(scenario, defaultKnobs());
      const back = timelineFromJson(timelineToJson(timeline));
      // Transfers come back as plain objects, their bytes, fields and layers (getters on a recorded transfer) as own data.
      const plain = timeline.transfers.map((t) => ({ ...t, bytes: t.bytes, fields: t.fields, ...(t.layers ? { layers: t.layers } : {}) }));
      expect(back).toEqual({ ...timeline, transfers: plain });
      expect(back.transfers[0]!.bytes).toBeInstanceOf(Uint8Array);
      expect([...back.transfers[0]!.bytes]).toEqual([...timeline.transfers[0]!.bytes]);
    });
  }

  it('refuses a number JSON would turn into null', () => {
    const timeline = simulateHttp('polling', defaultKnobs());
    const broken = { ...timeline, duration: Infinity } as Timeline;
    expect(() => timelineToJson(broken)).toThrow(/Infinity/);
  });
});
