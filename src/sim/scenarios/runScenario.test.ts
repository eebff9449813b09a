import { describe, expect, it } from 'vitest';
import type { ScenarioName, Timeline } from '../timeline/types';
import { plainTimeline } from '../timeline/plainTimeline';
import { defaultParams } from './defaultParams';
import { runScenario } from './runScenario';

const NAMES: readonly ScenarioName[] = ['polling', 'long-polling', 'streaming', 'websocket', 'sockets', 'stomp', 'socketio', 'sockjs'];
/** The timeline as plain data: every transfer's and step's fields read out (most are getters). */
const plain = (timeline: Timeline) => plainTimeline(timeline);

const withJitter = { latencyMs: 40, jitterMs: 15, bandwidthBps: 2_000_000, setup: 'none' } as const;

describe('runScenario', () => {
  for (const name of NAMES) {
    it(`gives deep-equal timelines for equal parameters (${name})`, () => {
      const params = { ...defaultParams(name), network: withJitter };
      expect(plain(runScenario(name, params))).toEqual(plain(runScenario(name, { ...defaultParams(name), network: withJitter })));
    });

    it(`gives a different timeline for a different seed when events (or sequence numbers) are random (${name})`, () => {
      const a = runScenario(name, { ...defaultParams(name), seed: 1 });
      const b = runScenario(name, { ...defaultParams(name), seed: 2 });
      // The sockets lesson has no app events; its seed picks the initial sequence numbers of the first segment.
      // Socket.IO's and SockJS's lessons tick periodically; the seed picks the session id (or /info's entropy) in the second message.
      const drawn = (t: Timeline) => {
        if (name === 'sockets') return Array.from(t.transfers[0]!.bytes);
        if (name === 'socketio' || name === 'sockjs') return Array.from(t.transfers[1]!.bytes);
        return t.events.map((e) => e.generatedAt);
      };
      expect(drawn(a)).not.toEqual(drawn(b));
    });

    it(`records which scenario produced the timeline (${name})`, () => {
      expect(runScenario(name, defaultParams(name)).scenario).toBe(name);
    });
  }

  it('keeps the events in place when only the jitter changes', () => {
    const calm = runScenario('polling', defaultParams('polling'));
    const jittery = runScenario('polling', { ...defaultParams('polling'), network: withJitter });
    expect(jittery.events.map((e) => e.generatedAt)).toEqual(calm.events.map((e) => e.generatedAt));
  });

  it('returns fresh default objects that callers can spread and change', () => {
    const a = defaultParams('polling');
    const b = defaultParams('polling');
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
  });
});
