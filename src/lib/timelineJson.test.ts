import { describe, expect, it } from 'vitest';
import { simulateHttp } from '../components/lesson/simulateHttp';
import type { Simulate } from '../components/lesson/lessonRun.svelte';
import { simulateSocketIo, simulateSockJs } from '../components/realtime/realtimeSimulate';
import { simulateSockets } from '../components/sockets/socketsSimulate';
import { simulateStomp } from '../components/stomp/stompSimulate';
import { simulateWebSocket } from '../components/ws/webSocketSimulate';
import { defaultKnobs } from '../widgets/knobs';
import type { Timeline } from '../sim';
import { dataFromJson, dataToJson, timelineFromJson, timelineToJson } from './timelineJson';
import { handshakeWalk, RFC_SAMPLE_KEY, type HandshakeWalk } from './ws/handshakeWalk';

// Every widget whose default run comes with its page (issue 14: the embeds hydrate without running the simulator).
const runners = [
  ['polling', simulateHttp],
  ['long-polling', simulateHttp],
  ['streaming', simulateHttp],
  ['websocket', simulateWebSocket],
  ['sockets', simulateSockets],
  ['stomp', simulateStomp],
  ['socketio', simulateSocketIo],
  ['sockjs', simulateSockJs],
] as const satisfies readonly (readonly [string, Simulate])[];

describe('timelineToJson', () => {
  for (const [scenario, simulate] of runners) {
    it(`brings the default ${scenario} run back equal, bytes as Uint8Array`, () => {
      const timeline = simulate(scenario, defaultKnobs());
      const back = timelineFromJson(timelineToJson(timeline));
      expect(back.steps).toHaveLength(timeline.steps.length);
      expect(back.steps.map((step) => [step.kind, step.time, step.actor, step.caption])).toEqual(timeline.steps.map((step) => [step.kind, step.time, step.actor, step.caption]));
      // Every step field too: the sockets widget's marks read the calls, descriptors and TCP states off the steps.
      expect(back.steps).toMatchObject(timeline.steps.map((step) => Object.fromEntries(Object.entries(step).filter(([, value]) => value !== undefined))));
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

  it('writes a part that repeats once: the default polling run in under half the text of plain JSON', () => {
    const timeline = simulateHttp('polling', defaultKnobs());
    const json = timelineToJson(timeline);
    // Every Transfer field named: a recorded transfer reads most of them through getters, which a spread leaves out.
    const plainJson = JSON.stringify({
      ...timeline,
      transfers: timeline.transfers.map((t) => ({
        id: t.id, kind: t.kind, from: t.from, to: t.to, connection: t.connection, sentAt: t.sentAt, arrivedAt: t.arrivedAt,
        bytes: btoa(String.fromCharCode(...t.bytes)), fields: t.fields, headerBytes: t.headerBytes, payloadBytes: t.payloadBytes,
        summary: t.summary, carries: t.carries,
      })),
    });
    expect(json.length).toBeLessThan(plainJson.length / 2);
  });

  it('brings repeated and nested data back equal, with keys in their order', () => {
    const data = { a: [{ x: 1, y: 'two', z: [3] }, { x: 1, y: 'two', z: [3] }], b: { x: 1, y: 'two', z: [3] }, c: new Uint8Array([0, 255, 7]), d: null, e: [[], {}, ''] };
    const back = dataFromJson<typeof data>(dataToJson(data));
    expect(back).toEqual(data);
    expect(Object.keys(back.b)).toEqual(['x', 'y', 'z']);
  });

  it('brings a handshake walk back equal', () => {
    const walk = handshakeWalk(RFC_SAMPLE_KEY, 'ok');
    const back = dataFromJson<HandshakeWalk>(dataToJson(walk));
    expect(JSON.stringify(back)).toBe(JSON.stringify(walk));
  });
});
