/**
 * The sockets lesson's marks on the sequence diagram: each system call as a tick on its process's
 * lifeline, each blocking call as a bar from entry to return, each TCP state change as a label, and
 * the state every socket is in now. Pure: diagramScene places them, components only draw them.
 */
import type { Snippet } from 'svelte';
import type { SocketCall, Step, SyscallStep, TcpStateName, Timeline } from '../sim/timeline/types';

/** Which side of its lifeline a lane's labels go (outward, away from the arrows). */
export type LabelSide = 'left' | 'right';

/** A system call (entry of a blocking call, or a return) on a lifeline. */
export interface SceneCall {
  readonly key: string;
  readonly stepIndex: number;
  readonly call: SocketCall;
  readonly fd: number;
  readonly phase: 'enter' | 'return';
  /** "accept() = 4", "recv() …", "connect() = ECONNREFUSED". */
  readonly text: string;
  /** The call failed (an errno name came back). */
  readonly failed: boolean;
  readonly time: number;
  readonly x: number;
  readonly y: number;
  readonly side: LabelSide;
  /** False when the label would overlap a later one (the tick is still drawn). */
  readonly labelled: boolean;
  /** The current step. */
  readonly current: boolean;
}

/** A blocking call in progress or done: a bar on the lifeline from entry to return. */
export interface SceneBlock {
  readonly key: string;
  readonly call: SocketCall;
  readonly x: number;
  readonly y1: number;
  readonly y2: number;
  readonly ongoing: boolean;
}

/** A socket entering a TCP state. */
export interface SceneTcpState {
  readonly key: string;
  readonly fd: number;
  readonly state: TcpStateName;
  /** "3 LISTEN": the socket and its new state. */
  readonly text: string;
  readonly time: number;
  readonly x: number;
  readonly y: number;
  readonly side: LabelSide;
  readonly labelled: boolean;
  readonly current: boolean;
  /** A SYN the full listen queue dropped, rather than a state change. */
  readonly dropped: boolean;
}

/** The state each of a process's sockets is in now, in fd order. */
export interface SceneLaneStates {
  readonly actor: string;
  readonly x: number;
  readonly side: LabelSide;
  readonly sockets: readonly { readonly fd: number; readonly state: TcpStateName }[];
}

/** Everything socket-related at one moment. */
export interface SocketMarks {
  readonly calls: readonly SceneCall[];
  readonly blocks: readonly SceneBlock[];
  readonly states: readonly SceneTcpState[];
  readonly laneStates: readonly SceneLaneStates[];
}

/** Where the marks go: lane positions, the time → y mapping, the window and the current step. */
export interface SocketMarksFrame {
  readonly laneX: ReadonlyMap<string, number>;
  readonly sides: ReadonlyMap<string, LabelSide>;
  readonly y: (time: number) => number;
  readonly from: number;
  readonly time: number;
  readonly lastStep: number;
}

/** The sockets widget's layer on the sequence diagram: the layout (`socketMarks`) and how to draw it in the plot and under the name tags. */
export interface SocketLayer {
  readonly marks: (timeline: Timeline, frame: SocketMarksFrame) => SocketMarks;
  readonly plot: Snippet<[SocketMarks]>;
  readonly lanes: Snippet<[SocketMarks, ReadonlyMap<string, string>]>;
}

/** Labels on one side of a lane closer than this (viewBox units) overlap; the earlier one gives way. */
export const MIN_MARK_GAP = 13;

const EMPTY: SocketMarks = { calls: [], blocks: [], states: [], laneStates: [] };
const socketSteps = new WeakMap<Timeline, readonly number[]>();

/** Indices of a timeline's syscall and tcp-state steps (cached; empty for every lesson but sockets). */
function socketStepIndices(timeline: Timeline): readonly number[] {
  let indices = socketSteps.get(timeline);
  if (!indices) {
    indices = timeline.steps.flatMap((step, index) => (step.kind === 'syscall' || step.kind === 'tcp-state' ? [index] : []));
    socketSteps.set(timeline, indices);
  }
  return indices;
}

/** The text of a call mark: its name, and what it returned (or "…" while it blocks). */
export function callText(step: SyscallStep): string {
  if (step.phase === 'enter') return `${step.call}() …`;
  return step.result === undefined ? `${step.call}()` : `${step.call}() = ${step.result}`;
}

/** Lays out the socket marks visible in the frame's window up to its current step. */
export function socketMarks(timeline: Timeline, frame: SocketMarksFrame): SocketMarks {
  const indices = socketStepIndices(timeline);
  if (indices.length === 0) return EMPTY;
  const calls: SceneCall[] = [];
  const states: SceneTcpState[] = [];
  const blocks: SceneBlock[] = [];
  const openBlocks = new Map<string, { step: SyscallStep; index: number }>();
  const current = new Map<string, Map<number, TcpStateName>>();

  for (const index of indices) {
    if (index > frame.lastStep) break;
    const step = timeline.steps[index] as Extract<Step, { kind: 'syscall' | 'tcp-state' }>;
    const x = frame.laneX.get(step.actor);
    if (x === undefined) continue;
    const side = frame.sides.get(step.actor) ?? 'left';
    const visible = step.time >= frame.from;
    const isCurrent = index === frame.lastStep;
    if (step.kind === 'syscall') {
      const blockKey = `${step.actor}/${step.fd}/${step.call}`;
      if (step.phase === 'enter') openBlocks.set(blockKey, { step, index });
      else {
        const open = openBlocks.get(blockKey);
        if (open) {
          openBlocks.delete(blockKey);
          if (step.time >= frame.from) blocks.push(block(open.step, open.index, x, frame, step.time, false));
        }
      }
      if (visible) {
        const failed = typeof step.result === 'string';
        calls.push({ key: `call-${index}`, stepIndex: index, call: step.call, fd: step.fd, phase: step.phase, text: callText(step), failed, time: step.time, x, y: frame.y(step.time), side, labelled: true, current: isCurrent });
      }
    } else {
      if (step.note !== 'syn-dropped') {
        const sockets = current.get(step.actor) ?? new Map<number, TcpStateName>();
        sockets.set(step.fd, step.state);
        current.set(step.actor, sockets);
      }
      if (visible) {
        const dropped = step.note === 'syn-dropped';
        const text = dropped ? `${step.fd} SYN ✕` : `${step.fd} ${step.state}`;
        states.push({ key: `state-${index}`, fd: step.fd, state: step.state, text, time: step.time, x, y: frame.y(step.time), side, labelled: true, current: isCurrent, dropped });
      }
    }
  }
  for (const { step, index } of openBlocks.values()) {
    const x = frame.laneX.get(step.actor);
    if (x !== undefined) blocks.push(block(step, index, x, frame, frame.time, true));
  }

  const laneStates: SceneLaneStates[] = [];
  for (const [actor, sockets] of current) {
    const x = frame.laneX.get(actor);
    if (x === undefined) continue;
    // A closed socket has left the picture (its descriptor is gone or about to be).
    const open = [...sockets].filter(([, state]) => state !== 'CLOSED').sort(([a], [b]) => a - b).map(([fd, state]) => ({ fd, state }));
    laneStates.push({ actor, x, side: frame.sides.get(actor) ?? 'left', sockets: open });
  }
  // Calls and states share a side of the lane, so they give way to each other.
  const kept = keptLabels([...calls, ...states]);
  const unlabel = <M extends SceneCall | SceneTcpState>(mark: M): M => (kept.has(mark) ? mark : { ...mark, labelled: false });
  return { calls: calls.map(unlabel), blocks, states: states.map(unlabel), laneStates };
}

function block(step: SyscallStep, index: number, x: number, frame: SocketMarksFrame, until: number, ongoing: boolean): SceneBlock {
  return { key: `block-${index}`, call: step.call, x, y1: frame.y(Math.max(step.time, frame.from)), y2: frame.y(until), ongoing };
}

/**
 * The marks whose labels stay, walking up from the latest (the newest mark matters most): per lane,
 * a label closer than MIN_MARK_GAP to one already kept loses its text; the current step's never does.
 */
function keptLabels<M extends { x: number; y: number; current: boolean }>(marks: readonly M[]): Set<M> {
  const lastY = new Map<number, number>();
  const keep = new Set<M>();
  const order = [...marks].sort((a, b) => Number(b.current) - Number(a.current) || b.y - a.y);
  for (const mark of order) {
    const kept = lastY.get(mark.x);
    if (kept !== undefined && Math.abs(kept - mark.y) < MIN_MARK_GAP && !mark.current) continue;
    if (kept === undefined || mark.y < kept) lastY.set(mark.x, mark.y);
    keep.add(mark);
  }
  return keep;
}
