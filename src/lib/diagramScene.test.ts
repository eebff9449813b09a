import { describe, expect, it } from 'vitest';
import { defaultParams, runScenario, type ScenarioName, type Timeline } from '../sim';
import { defaultKnobs, type Knobs } from '../widgets/knobs';
import { toScenarioParams } from '../widgets/toScenarioParams';
import { diagramScene, PLOT_TOP, type Scene, type SceneOptions } from './diagramScene';
import { AXIS_WIDTH } from './diagramTrack';
import { overlaps } from './labelLayout';
import { socketMarks } from './socketMarks';
import { flyingHead, trackArrows } from './trackArrows';
import { pollingTimeline } from '../components/fixtures/pollingTimeline';
import { longPollTimeline } from '../components/fixtures/longPollTimeline';
import { manyPollsTimeline } from '../components/fixtures/manyPollsTimeline';

function lesson(scenario: ScenarioName, knobs: Partial<Knobs> = {}): Timeline {
  return runScenario(scenario, toScenarioParams(scenario, { ...defaultKnobs(), ...knobs }) as never);
}

/** The scene as the diagram draws it once its arrows are loaded (diagramExtras). */
function sceneAt(timeline: Timeline, time: number, options: SceneOptions = {}): Scene {
  return diagramScene(timeline, time, { arrows: trackArrows, ...options });
}

/** The label boxes drawn at this moment. */
function shownLabels(scene: Scene) {
  return scene.arrows.flatMap((a) => (a.label && a.label.y >= scene.labelTop && a.label.y + a.label.height <= scene.labelBottom ? [a.label] : []));
}

/** The tip (middle point) of an arrowhead outline. */
function tip(head: string): number[] {
  return head.split(' ')[1]!.split(',').map(Number);
}

describe('diagramScene', () => {
  it('puts one lifeline per actor, client left of server', () => {
    const { lanes } = sceneAt(pollingTimeline, 0).track;
    expect(lanes.map((lane) => lane.id)).toEqual(['client', 'server']);
    expect(lanes[0]!.x).toBeLessThan(lanes[1]!.x);
  });

  it('draws transfers sent by now and leaves future ones out', () => {
    expect(sceneAt(pollingTimeline, 120).arrows.map((a) => a.transfer.id)).toEqual([0, 1]);
  });

  it('puts a travelling arrow’s head on the now line, as far across as the trip has gone', () => {
    const scene = sceneAt(pollingTimeline, 25);
    const [client, server] = scene.track.lanes;
    const [x, y] = tip(flyingHead(scene.arrows[0]!, 25, scene.nowTrack));
    expect(x).toBeCloseTo((client!.x + server!.x) / 2, 0);
    expect(y).toBeCloseTo(scene.nowTrack, 0);
  });

  it('draws a travelling arrow whole, head at its end, with reduced motion', () => {
    const scene = sceneAt(pollingTimeline, 25, { reducedMotion: true });
    expect(scene.labelBottom).toBe(scene.scroll + scene.plotBottom - PLOT_TOP);
    expect(tip(scene.arrows[0]!.head)[0]).toBeCloseTo(scene.track.lanes[1]!.x, 0);
  });

  it('keeps every arrow crossing the window on the track, sent or not, and tells which are sent', () => {
    const scene = sceneAt(pollingTimeline, 120);
    const ids = scene.drawn.map((a) => a.transfer.id);
    expect(ids.slice(0, 2)).toEqual([0, 1]);
    expect(ids.length).toBeGreaterThan(2);
    expect(scene.drawn.filter(scene.sent).map((a) => a.transfer.id)).toEqual([0, 1]);
    // What is not sent yet lies below "now", where the diagram cuts the track off.
    for (const arrow of scene.drawn.filter((a) => !scene.sent(a))) expect(arrow.y1).toBeGreaterThanOrEqual(scene.nowTrack);
  });

  it('lists the arrows on the wire for their heads on "now", and none with reduced motion, which draws only what is sent', () => {
    expect(sceneAt(pollingTimeline, 25).travelling.map((a) => a.transfer.id)).toEqual([0]);
    expect(sceneAt(pollingTimeline, 120).travelling).toEqual([]);
    const still = sceneAt(pollingTimeline, 25, { reducedMotion: true });
    expect(still.travelling).toEqual([]);
    expect(still.drawn).toEqual(still.arrows);
  });

  it('slants arrows downwards: arrival is later, so lower', () => {
    const [get] = sceneAt(pollingTimeline, 200).arrows;
    expect(get!.y2 - get!.y1).toBeGreaterThan(20);
  });

  it('tells requests from responses by the sender role', () => {
    expect(sceneAt(pollingTimeline, 200).arrows.map((a) => a.sender)).toEqual(['client', 'server']);
  });

  it('grows a held request bar on the server lifeline until now', () => {
    const scene = sceneAt(longPollTimeline, 200);
    expect(scene.holds).toHaveLength(1);
    expect(scene.holds[0]!.x).toBe(scene.track.lanes[1]!.x);
    expect(scene.holds[0]!.ongoing).toBe(true);
    expect(scene.holds[0]!.y2).toBeCloseTo(scene.nowTrack);
  });

  it('marks app events on the server and deliveries on the client once they happened', () => {
    expect(sceneAt(pollingTimeline, 399).track.appEvents.length).toBe(1);
    expect(sceneAt(pollingTimeline, 399).appEvents).toEqual([]);
    expect(sceneAt(pollingTimeline, 700).appEvents.map((m) => m.eventId)).toEqual([0]);
    const scene = sceneAt(longPollTimeline, 450);
    expect(scene.appEvents.map((m) => [m.eventId, m.x])).toEqual([[0, scene.track.lanes[1]!.x]]);
    expect(scene.deliveries.map((m) => [m.eventId, m.x])).toEqual([[0, scene.track.lanes[0]!.x]]);
  });

  it('forgets marks that scrolled out of the window', () => {
    expect(sceneAt(manyPollsTimeline(200), 30_000).appEvents).toEqual([]);
  });

  it('folds a quiet stretch of the axis and says how long it lasted', () => {
    // The fixture polls at 0 and 1,000 ms over a 50 ms link: nothing is on the wire from 100 to 1,000 ms.
    const scene = sceneAt(pollingTimeline, 1000);
    expect(scene.gaps.map((gap) => gap.text)).toEqual(['⋯ 900 ms']);
    expect(scene.window.to - scene.window.from).toBeGreaterThan(1000);
  });

  it('keeps ticks in the plot and out of folded stretches', () => {
    const scene = sceneAt(longPollTimeline, 600);
    expect(scene.ticks.length).toBeGreaterThanOrEqual(3);
    for (const tick of scene.ticks) expect(tick.y).toBeGreaterThanOrEqual(scene.scroll);
  });

  it('never leaves the plot empty: at every step of each lesson’s default run something is drawn', () => {
    for (const scenario of ['polling', 'long-polling', 'streaming', 'websocket'] as const) {
      const timeline = lesson(scenario);
      timeline.steps.forEach((step, index) => {
        if (index < 2) return;
        const scene = sceneAt(timeline, step.time, { stepIndex: index });
        expect(scene.arrows.length + scene.holds.length, `${scenario} step ${index + 1}`).toBeGreaterThan(0);
      });
    }
  });

  it('shows the last exchange at /websocket step 12 and /polling step 13, which wait on a timer', () => {
    for (const [scenario, step] of [['websocket', 12], ['polling', 13]] as const) {
      const timeline = lesson(scenario);
      const scene = sceneAt(timeline, timeline.steps[step - 1]!.time, { stepIndex: step - 1 });
      expect(scene.arrows.some((a) => a.y2 >= scene.scroll && a.y2 <= scene.nowTrack)).toBe(true);
    }
  });

  it('keeps the label of a message sent at 0 ms inside the plot, clear of its reply’s', () => {
    const scene = sceneAt(pollingTimeline, 400);
    const labels = shownLabels(scene);
    expect(labels).toHaveLength(2);
    expect(labels[0]!.y).toBeGreaterThanOrEqual(scene.labelTop);
    expect(overlaps(labels[0]!, labels[1]!)).toBe(false);
  });

  it('never draws two overlapping labels nor one outside the plot, even at /compare’s densest settings', () => {
    for (const scenario of ['polling', 'long-polling', 'websocket'] as const) {
      const timeline = lesson(scenario, { intervalMs: 50, latencyMs: 1000, eventRate: 50 });
      for (const time of [0, 1500, 4000, 7777]) {
        for (const width of [340, 720]) {
          const scene = sceneAt(timeline, time, { width });
          const labels = shownLabels(scene);
          for (const box of labels) {
            expect(box.x).toBeGreaterThanOrEqual(AXIS_WIDTH);
            expect(box.x + box.width).toBeLessThanOrEqual(scene.width);
            expect(box.y).toBeGreaterThanOrEqual(scene.scroll);
            expect(box.y + box.height).toBeLessThanOrEqual(scene.scroll + scene.plotBottom - PLOT_TOP);
          }
          for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i]!, labels[j]!)).toBe(false);
        }
      }
    }
  });

  it('puts no label over an app event, a delivery or a held bar', () => {
    for (const scenario of ['polling', 'long-polling', 'streaming'] as const) {
      const timeline = lesson(scenario, { eventRate: 10 });
      for (const time of [1500, 4000]) {
        const scene = sceneAt(timeline, time, { width: 560 });
        const marks = [...scene.appEvents, ...scene.deliveries].map((m) => ({ x: m.x - 6, y: m.y - 6, width: 12, height: 12 }));
        const bars = scene.holds.map((h) => ({ x: h.x - 5, y: h.y1, width: 10, height: h.y2 - h.y1 }));
        for (const label of shownLabels(scene)) for (const box of [...marks, ...bars]) expect(overlaps(label, box)).toBe(false);
      }
    }
  });

  it('draws arrows too close together as bands, so a dense window stays a few hundred elements', () => {
    const timeline = lesson('websocket', { latencyMs: 1000, eventRate: 50 });
    const scene = sceneAt(timeline, 8000);
    const banded = scene.bands.reduce((sum, band) => sum + band.count, 0);
    expect(banded).toBeGreaterThan(scene.arrows.length);
    expect(scene.arrows.length).toBeLessThan(300);
  });

  it('never puts the selected transfer in a band, and always labels it', () => {
    const timeline = lesson('websocket', { latencyMs: 1000, eventRate: 50 });
    const crowded = sceneAt(timeline, 8000);
    const inBand = timeline.transfers.find((x) => x.sentAt > 6000 && x.sentAt < 7000 && !crowded.arrows.some((a) => a.transfer === x))!;
    const scene = sceneAt(timeline, 8000, { selectedId: inBand.id });
    expect(scene.arrows.find((a) => a.transfer === inBand)?.label).not.toBeNull();
  });

  it('leaves out what later steps at the same millisecond send', () => {
    // Steps 2 and 3 both happen at 50 ms: the request arrives, then the response leaves.
    expect(sceneAt(pollingTimeline, 50, { stepIndex: 2 }).arrows.map((a) => a.transfer.id)).toEqual([0]);
    expect(sceneAt(pollingTimeline, 50, { stepIndex: 3 }).arrows.map((a) => a.transfer.id)).toEqual([0, 1]);
  });

  it('starts a hold bar only from its own step', () => {
    expect(sceneAt(longPollTimeline, 50, { stepIndex: 1 }).holds).toEqual([]);
    expect(sceneAt(longPollTimeline, 50, { stepIndex: 2 }).holds).toHaveLength(1);
  });

  it('draws the sockets lesson: its segments as arrows, its system calls and TCP states on the lifelines', () => {
    const timeline = runScenario('sockets', defaultParams('sockets'));
    const index = timeline.steps.findIndex((s) => s.kind === 'syscall' && s.call === 'connect' && s.phase === 'return');
    const scene = sceneAt(timeline, timeline.steps[index]!.time, { stepIndex: index, socketMarks });
    expect(scene.track.lanes.map((lane) => lane.id)).toEqual(['client', 'server']);
    expect(scene.arrows.map((a) => a.transfer.summary).slice(0, 3)).toEqual(['SYN', 'SYN-ACK', 'ACK']);
    expect(scene.sockets.calls.find((c) => c.current)?.text).toBe('connect() = 0');
    expect(scene.sockets.states.map((s) => s.text)).toContain('3 SYN-SENT');
  });

  it('draws no arrow nor band until the arrow layout is passed in, and the same lanes, ticks and gaps', () => {
    const timeline = lesson('websocket', { latencyMs: 1000, eventRate: 50 });
    const bare = diagramScene(timeline, 8000);
    const full = sceneAt(timeline, 8000);
    expect(bare.arrows).toEqual([]);
    expect(bare.bands).toEqual([]);
    expect(full.bands.length).toBeGreaterThan(0);
    expect(bare.track.lanes).toEqual(full.track.lanes);
    expect(bare.ticks).toEqual(full.ticks);
    expect(bare.gaps).toEqual(full.gaps);
  });

  it('draws no socket marks for a lesson without system calls', () => {
    expect(sceneAt(pollingTimeline, 120).sockets).toEqual({ calls: [], blocks: [], states: [], laneStates: [] });
  });
});
