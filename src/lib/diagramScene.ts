/**
 * Geometry of the sequence diagram at one moment: everything SequenceDiagram
 * draws, in viewBox units, computed here so the component only renders.
 * Time runs down the page; "now" is a horizontal line that the window follows.
 */
import type { ActorRole, Timeline } from '../sim/timeline/types';
import { actorLabel } from './actorLabel';
import { sceneArrow, type SceneArrow } from './sceneArrow';
import type { LabelSide, SocketMarks, SocketMarksFrame } from './socketMarks';
import { stepOrder } from './stepOrder';
import { stepsBetween } from './stepsBetween';
import { thinLabels } from './thinLabels';
import { timeTicks } from './timeTicks';
import { timeWindow, type TimeWindow } from './timeWindow';
import { visibleTransfers } from './visibleTransfers';
import { windowSpan } from './windowSpan';

/** viewBox width when the container's width is unknown (server render, tests). */
export const DEFAULT_VIEW_WIDTH = 720;
// The viewBox follows the container's width within these bounds, so text keeps about its CSS size
// instead of shrinking to unreadable on a phone or swelling on a wide screen.
const MIN_VIEW_WIDTH = 340;
const MAX_VIEW_WIDTH = 900;
// Height follows width (a little taller than wide on a phone, shorter on a desktop), within bounds.
const HEIGHT_PER_WIDTH = 0.78;
const MIN_VIEW_HEIGHT = 440;
const MAX_VIEW_HEIGHT = 560;
/** Room above the plot for the lifeline name tags. */
export const PLOT_TOP = 64;
const PLOT_BOTTOM_MARGIN = 20;
/** Room left of the plot for the time axis labels. */
export const AXIS_WIDTH = 80;
// Lifelines sit this share of the plot width in from its edges, leaving room for "held" labels beside them.
const LANE_INSET_SHARE = 0.2;
// The sockets lesson labels calls and TCP states beside the lifelines, outward: it needs more room there.
const SOCKET_LANE_INSET_SHARE = 0.3;

export type { SceneArrow, SceneLabel } from './sceneArrow';
export type { SceneCall, SceneBlock, SceneTcpState, SceneLaneStates, SocketMarks } from './socketMarks';

/** One lifeline. */
export interface SceneLane {
  readonly id: string;
  readonly role: ActorRole;
  readonly ordinal?: number;
  readonly x: number;
}

/** A held request: a bar on the holder's lifeline. */
export interface SceneHold {
  readonly key: string;
  readonly x: number;
  readonly y1: number;
  readonly y2: number;
  /** Still held at this moment (the bar grows). */
  readonly ongoing: boolean;
}

/** A point event on a lifeline: an app event (server) or a delivery (client). */
export interface SceneMark {
  readonly eventId: number;
  readonly time: number;
  readonly x: number;
  readonly y: number;
}

/** A labelled time on the axis. */
export interface SceneTick {
  readonly time: number;
  readonly y: number;
}

/** Everything drawn at one moment. */
export interface Scene {
  /** viewBox size. */
  readonly width: number;
  readonly height: number;
  readonly window: TimeWindow;
  readonly plotBottom: number;
  readonly nowY: number;
  readonly lanes: readonly SceneLane[];
  readonly arrows: readonly SceneArrow[];
  readonly holds: readonly SceneHold[];
  readonly appEvents: readonly SceneMark[];
  readonly deliveries: readonly SceneMark[];
  readonly ticks: readonly SceneTick[];
  /** System calls, blocked calls and TCP states on the lifelines (the sockets lesson; empty elsewhere). */
  readonly sockets: SocketMarks;
}

/** How the scene is drawn. */
export interface SceneOptions {
  /** Draw travelling transfers whole, at their end positions, instead of growing. */
  readonly reducedMotion?: boolean;
  /** This transfer keeps its label even when crowded. */
  readonly selectedId?: number | null;
  /** The container's width in CSS px; the viewBox follows it within bounds. */
  readonly width?: number;
  /** The current step: of several steps at the current millisecond, those after it are not drawn yet. */
  readonly stepIndex?: number;
  /**
   * Lays out system calls and TCP states on the lifelines (`socketMarks`, from the sockets widget): passed in rather
   * than imported, so lessons without sockets do not ship it.
   */
  readonly socketMarks?: (timeline: Timeline, frame: SocketMarksFrame) => SocketMarks;
}

const NO_SOCKET_MARKS: SocketMarks = { calls: [], blocks: [], states: [], laneStates: [] };

/** Lays out the diagram of `timeline` at simulated time `time`. */
export function diagramScene(timeline: Timeline, time: number, options: SceneOptions = {}): Scene {
  const window = timeWindow(time, windowSpan(timeline));
  const width = clamp(options.width || DEFAULT_VIEW_WIDTH, MIN_VIEW_WIDTH, MAX_VIEW_WIDTH);
  const height = clamp(Math.round(width * HEIGHT_PER_WIDTH), MIN_VIEW_HEIGHT, MAX_VIEW_HEIGHT);
  const plotBottom = height - PLOT_BOTTOM_MARGIN;
  const y = (t: number) => PLOT_TOP + ((t - window.from) / (window.to - window.from)) * (plotBottom - PLOT_TOP);
  const lanes = layLanes(timeline, width, options.socketMarks ? SOCKET_LANE_INSET_SHARE : LANE_INSET_SHARE);
  const laneX = new Map(lanes.map((lane) => [lane.id, lane.x]));
  const roles = new Map(lanes.map((lane) => [lane.id, lane.role]));

  const lastStep = options.stepIndex ?? Number.POSITIVE_INFINITY;
  const order = stepOrder(timeline);
  const drawn: SceneArrow[] = [];
  for (const transfer of visibleTransfers(timeline, window.from, time)) {
    if (order.sendStep[transfer.id]! > lastStep) continue;
    const fromX = laneX.get(transfer.from);
    const toX = laneX.get(transfer.to);
    if (fromX === undefined || toX === undefined) continue;
    // A lost transfer is drawn to where it vanished: half way.
    const endX = transfer.lost ? (fromX + toX) / 2 : toX;
    drawn.push(sceneArrow(transfer, roles.get(transfer.from)!, fromX, endX, y, time, options.reducedMotion ?? false));
  }
  const arrows = thinLabels(drawn, options.selectedId ?? null);

  const holds: SceneHold[] = [];
  timeline.holds.forEach((hold, index) => {
    const x = laneX.get(hold.actor);
    if (x === undefined || hold.from > time || hold.until < window.from || order.holdStep[index]! > lastStep) return;
    holds.push({ key: `${hold.requestId}@${hold.from}`, x, y1: y(Math.max(hold.from, window.from)), y2: y(Math.min(hold.until, time)), ongoing: hold.until > time });
  });

  const appEvents: SceneMark[] = [];
  const deliveries: SceneMark[] = [];
  for (const step of stepsBetween(timeline, window.from, time, lastStep)) {
    if (step.kind !== 'app-event' && step.kind !== 'deliver') continue;
    const x = laneX.get(step.actor);
    if (x === undefined) continue;
    (step.kind === 'app-event' ? appEvents : deliveries).push({ eventId: step.eventId, time: step.time, x, y: y(step.time) });
  }

  const ticks = timeTicks(window.from, window.to).map((t) => ({ time: t, y: y(t) }));
  let sockets = NO_SOCKET_MARKS;
  if (options.socketMarks) {
    const middle = (AXIS_WIDTH + width) / 2;
    const sides = new Map(lanes.map((lane): [string, LabelSide] => [lane.id, lane.x <= middle ? 'left' : 'right']));
    sockets = options.socketMarks(timeline, { laneX, sides, y, from: window.from, time, lastStep });
  }
  return { width, height, window, plotBottom, nowY: y(time), lanes, arrows, holds, appEvents, deliveries, ticks, sockets };
}

function layLanes(timeline: Timeline, width: number, insetShare: number): SceneLane[] {
  const { actors } = timeline;
  const inset = (width - AXIS_WIDTH) * insetShare;
  const left = AXIS_WIDTH + inset;
  const right = width - inset;
  return actors.map((actor, i) => ({
    id: actor.id,
    ...actorLabel(actor.id, actors),
    x: actors.length === 1 ? (left + right) / 2 : left + (i * (right - left)) / (actors.length - 1),
  }));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
