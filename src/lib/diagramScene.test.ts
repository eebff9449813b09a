import { describe, expect, it } from 'vitest';
import { defaultParams, runScenario } from '../sim';
import { diagramScene, PLOT_TOP } from './diagramScene';
import { socketMarks } from './socketMarks';
import { pollingTimeline } from '../components/fixtures/pollingTimeline';
import { longPollTimeline } from '../components/fixtures/longPollTimeline';
import { manyPollsTimeline } from '../components/fixtures/manyPollsTimeline';

describe('diagramScene', () => {
  it('puts one lifeline per actor, client left of server', () => {
    const { lanes } = diagramScene(pollingTimeline, 0);
    expect(lanes.map((lane) => lane.id)).toEqual(['client', 'server']);
    expect(lanes[0]!.x).toBeLessThan(lanes[1]!.x);
  });

  it('draws past transfers whole and leaves future ones out', () => {
    const { arrows } = diagramScene(pollingTimeline, 120);
    expect(arrows.map((a) => [a.transfer.id, a.flying])).toEqual([[0, false], [1, false]]);
  });

  it('draws a transfer in flight up to its progress, ending on the now line', () => {
    const scene = diagramScene(pollingTimeline, 25);
    const [get] = scene.arrows;
    const [client, server] = scene.lanes;
    expect(get!.flying).toBe(true);
    expect(get!.x2).toBeCloseTo((client!.x + server!.x) / 2);
    expect(get!.y2).toBeCloseTo(scene.nowY);
  });

  it('draws a transfer in flight at its end position with reduced motion', () => {
    const scene = diagramScene(pollingTimeline, 25, { reducedMotion: true });
    expect(scene.arrows[0]!.x2).toBeCloseTo(scene.lanes[1]!.x);
    expect(scene.arrows[0]!.y2).toBeGreaterThan(scene.nowY);
  });

  it('slants arrows downwards: arrival is later, so lower', () => {
    const [get] = diagramScene(pollingTimeline, 200).arrows;
    expect(get!.y2 - get!.y1).toBeGreaterThan(20);
  });

  it('tells requests from responses by the sender role', () => {
    expect(diagramScene(pollingTimeline, 200).arrows.map((a) => a.sender)).toEqual(['client', 'server']);
  });

  it('grows a held request bar on the server lifeline until now', () => {
    const scene = diagramScene(longPollTimeline, 200);
    expect(scene.holds).toHaveLength(1);
    expect(scene.holds[0]!.x).toBe(scene.lanes[1]!.x);
    expect(scene.holds[0]!.ongoing).toBe(true);
    expect(scene.holds[0]!.y2).toBeCloseTo(scene.nowY);
  });

  it('marks app events on the server and deliveries on the client once they happened', () => {
    expect(diagramScene(pollingTimeline, 399).appEvents).toEqual([]);
    expect(diagramScene(pollingTimeline, 700).appEvents.map((m) => m.eventId)).toEqual([0]);
    const scene = diagramScene(longPollTimeline, 450);
    expect(scene.appEvents.map((m) => [m.eventId, m.x])).toEqual([[0, scene.lanes[1]!.x]]);
    expect(scene.deliveries.map((m) => [m.eventId, m.x])).toEqual([[0, scene.lanes[0]!.x]]);
  });

  it('forgets marks that scrolled out of the window', () => {
    expect(diagramScene(pollingTimeline, 1100).appEvents).toEqual([]);
  });

  it('labels ticks inside the plot', () => {
    const scene = diagramScene(pollingTimeline, 1000);
    expect(scene.ticks.length).toBeGreaterThanOrEqual(3);
    for (const tick of scene.ticks) expect(tick.y).toBeGreaterThanOrEqual(PLOT_TOP - 1e-9);
  });

  it('drops labels that would overlap but keeps the selected one', () => {
    const crowded = manyPollsTimeline(50);
    const scene = diagramScene(crowded, 5000, { selectedId: 49 });
    const labelled = scene.arrows.filter((a) => a.label);
    const ys = labelled.map((a) => a.label!.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(15);
    expect(labelled.some((a) => a.transfer.id === 49)).toBe(true);
  });

  it('turns labels of leftward arrows so they read left to right', () => {
    const response = diagramScene(pollingTimeline, 200).arrows[1]!;
    expect(Math.abs(response.label!.angle)).toBeLessThan(90);
  });

  it('leaves out what later steps at the same millisecond send', () => {
    // Steps 2 and 3 both happen at 50 ms: the request arrives, then the response leaves.
    expect(diagramScene(pollingTimeline, 50, { stepIndex: 2 }).arrows.map((a) => a.transfer.id)).toEqual([0]);
    expect(diagramScene(pollingTimeline, 50, { stepIndex: 3 }).arrows.map((a) => a.transfer.id)).toEqual([0, 1]);
  });

  it('starts a hold bar only from its own step', () => {
    expect(diagramScene(longPollTimeline, 50, { stepIndex: 1 }).holds).toEqual([]);
    expect(diagramScene(longPollTimeline, 50, { stepIndex: 2 }).holds).toHaveLength(1);
  });

  it('draws the sockets lesson: its segments as arrows, its system calls and TCP states on the lifelines', () => {
    const timeline = runScenario('sockets', defaultParams('sockets'));
    const index = timeline.steps.findIndex((s) => s.kind === 'syscall' && s.call === 'connect' && s.phase === 'return');
    const scene = diagramScene(timeline, timeline.steps[index]!.time, { stepIndex: index, socketMarks });
    expect(scene.lanes.map((lane) => lane.id)).toEqual(['client', 'server']);
    expect(scene.arrows.map((a) => a.transfer.summary).slice(0, 3)).toEqual(['SYN', 'SYN-ACK', 'ACK']);
    expect(scene.sockets.calls.find((c) => c.current)?.text).toBe('connect() = 0');
    expect(scene.sockets.states.map((s) => s.text)).toContain('3 SYN-SENT');
  });

  it('draws no socket marks for a lesson without system calls', () => {
    expect(diagramScene(pollingTimeline, 120).sockets).toEqual({ calls: [], blocks: [], states: [], laneStates: [] });
  });
});
