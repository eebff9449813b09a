import { describe, expect, it } from 'vitest';
import { defaultParams, runScenario, type Timeline } from '../sim';
import { MIN_MARK_GAP, socketMarks, type LabelSide } from './socketMarks';

const timeline = runScenario('sockets', defaultParams('sockets'));
const laneX = new Map([['client', 100], ['server', 300]]);
const sides = new Map<string, LabelSide>([['client', 'left'], ['server', 'right']]);

/** The marks with the whole timeline in view (1 unit per ms) up to step `lastStep`. */
function marksAt(lastStep: number, tl: Timeline = timeline) {
  const time = tl.steps[lastStep]!.time;
  return socketMarks(tl, { laneX, sides, y: (t) => t, from: 0, time, lastStep });
}
const indexOf = (call: string, phase: 'enter' | 'return', actor = 'server') =>
  timeline.steps.findIndex((s) => s.kind === 'syscall' && s.call === call && s.phase === phase && s.actor === actor);

describe('socketMarks', () => {
  it('marks each call up to the current step on its process’s lifeline, the current one flagged', () => {
    const { calls } = marksAt(indexOf('listen', 'return'));
    expect(calls.map((c) => [c.text, c.x, c.side])).toEqual([
      ['socket() = 3', 300, 'right'],
      ['bind() = 0', 300, 'right'],
      ['listen() = 0', 300, 'right'],
    ]);
    expect(calls.filter((c) => c.current).map((c) => c.call)).toEqual(['listen']);
  });

  it('draws a blocked accept() as a bar that is still growing until accept returns', () => {
    const blocked = marksAt(indexOf('accept', 'return') - 1).blocks.find((b) => b.call === 'accept')!;
    expect(blocked.ongoing).toBe(true);
    const done = marksAt(indexOf('accept', 'return')).blocks.find((b) => b.call === 'accept')!;
    expect(done.ongoing).toBe(false);
    expect(done.y2).toBeGreaterThan(done.y1);
  });

  it('keeps each socket’s latest TCP state: after accept() the server has a listening and a connected socket', () => {
    const server = marksAt(indexOf('accept', 'return')).laneStates.find((l) => l.actor === 'server')!;
    expect(server.sockets).toEqual([{ fd: 3, state: 'LISTEN' }, { fd: 4, state: 'ESTABLISHED' }]);
  });

  it('leaves closed sockets out of the lane’s states', () => {
    const last = marksAt(timeline.steps.length - 1).laneStates;
    expect(last.every((lane) => lane.sockets.length === 0)).toBe(true);
  });

  it(`drops the labels of marks closer than ${MIN_MARK_GAP} units on one lane, never the current one`, () => {
    const { calls, states } = marksAt(indexOf('listen', 'return'));
    const server = [...calls, ...states].filter((m) => m.x === 300);
    // socket, bind, listen and LISTEN come 1 ms apart: only the current call keeps its text.
    expect(server.filter((m) => m.labelled).map((m) => m.text)).toEqual(['listen() = 0']);
  });

  it('says nothing for a timeline without socket steps', () => {
    const polling = runScenario('polling', defaultParams('polling'));
    expect(socketMarks(polling, { laneX, sides, y: (t) => t, from: 0, time: 1000, lastStep: 10 }).calls).toEqual([]);
  });
});
