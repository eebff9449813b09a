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
      expect(back.steps).toHaveLength(timeline.steps.length);
      expect(back.steps.map((step) => [step.kind, step.time, step.actor, step.caption])).toEqual(timeline.steps.map((step) => [step.kind, step.time, step.actor, step.caption]));
      expect(back.transfers.map((t) => [t.id, t.summary, t.sentAt, t.arrivedAt, t.fields, t.layers])).toEqual(timeline.transfers.map((t) => [t.id, t.summary, t.sentAt, t.arrivedAt, t.fields, t.layers]));
      expect(back.transfers.every((t, i) => t.bytes instanceof Uint8Array && t.bytes.join() === timeline.transfers[i]!.bytes.join())).toBe(true);
      expect([back.actors, back.holds, back.events, back.metrics, back.duration]).toEqual([timeline.actors, timeline.holds, timeline.events, timeline.metrics, timeline.duration]);
    });
  }

  it('refuses a number JSON would turn into null', () => {
    const timeline = simulateHttp('polling', defaultKnobs());
    const broken = { ...timeline, duration: Infinity } as Timeline;
    expect(() => timelineToJson(broken)).toThrow(/Infinity/);
  });
});
