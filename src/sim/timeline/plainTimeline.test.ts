import { describe, expect, it } from 'vitest';
import { plainStep, plainTimeline } from './plainTimeline';
import { TimelineBuilder } from './timelineBuilder';

const build = (arrivedAt: number) => {
  const b = new TimelineBuilder('polling', [{ id: 'client', role: 'client' }, { id: 'server', role: 'server' }]);
  const t = b.send({ kind: 'http-request', from: 'client', to: 'server', connection: 1, sentAt: 0, arrivedAt, message: { bytes: new Uint8Array(4), fields: [], headerBytes: 4, payloadBytes: 0 }, summary: 'GET /' });
  b.arrive(t);
  return b.build();
};

describe('plainTimeline', () => {
  it('gives a step every field its Step type names, caption included, as own properties', () => {
    const step = build(50).steps[1]!;
    expect(plainStep(step)).toEqual({ kind: 'arrive', time: 50, actor: 'server', transferId: 0, caption: { key: 'step.arrive', values: { to: 'server', summary: 'GET /', bytes: 4 } } });
  });

  it('tells apart two timelines that differ only in a time a spread copy leaves out', () => {
    const [a, b] = [build(50), build(51)];
    expect(plainTimeline(a).transfers).not.toEqual(plainTimeline(b).transfers);
    expect(plainTimeline(a).steps).not.toEqual(plainTimeline(b).steps);
    expect(plainTimeline(a).transfers).toEqual(plainTimeline(build(50)).transfers);
  });
});
