/**
 * The sequence diagram at one moment: which part of the run's track (diagramTrack) is in view and what
 * of it has happened. Time runs down the page; "now" is a horizontal line that the window follows, on a
 * time axis whose quiet stretches are folded, so the last message is always in view.
 */
import type { Lang } from '../i18n';
import { lowerBound } from '../sim/timeline/bisect';
import type { Timeline } from '../sim/timeline/types';
import { AXIS_WIDTH, HEADROOM, diagramTrack, type DiagramTrack, type TrackArrower, type TrackArrow, type TrackBand, type TrackGap, type TrackMark, type TrackTick } from './diagramTrack';
import type { LabelSide, SocketMarks, SocketMarksFrame } from './socketMarks';
import { stepOrder } from './stepOrder';
import { windowSpan } from './windowSpan';

export { AXIS_WIDTH };
export type { SceneLane, TrackArrow, TrackBand, TrackGap, TrackMark, TrackTick } from './diagramTrack';

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
/** Share of the window that lies before "now": mostly history, with a little room ahead. */
export const PAST_FRACTION = 0.75;
// A tick label this close to the "now" pill would sit under it.
const NOW_CLEARANCE = 14;

// Lifelines sit this share of the plot width in from its edges, leaving room for "held" labels beside them.
const LANE_INSET_SHARE = 0.2;
// The sockets lesson labels calls and TCP states beside the lifelines, outward: it needs more room there.
const SOCKET_LANE_INSET_SHARE = 0.3;

export type { SceneCall, SceneBlock, SceneTcpState, SceneLaneStates, SocketMarks } from './socketMarks';

/** A held request: a bar on the holder's lifeline (track coordinates). */
export interface SceneHold {
  readonly key: string;
  readonly x: number;
  readonly y1: number;
  readonly y2: number;
  /** Still held at this moment (the bar grows). */
  readonly ongoing: boolean;
}

/** Everything drawn at one moment. Track items are in track coordinates: draw them shifted by PLOT_TOP - scroll. */
export interface Scene {
  /** viewBox size. */
  readonly width: number;
  readonly height: number;
  readonly plotBottom: number;
  readonly track: DiagramTrack;
  /** Track y at the top of the plot. */
  readonly scroll: number;
  /** "Now" on the track, and on screen. */
  readonly nowTrack: number;
  readonly nowY: number;
  /** The real simulated ms at the top and bottom of the plot. */
  readonly window: { readonly from: number; readonly to: number };
  /** Arrows drawn one by one that are in view and sent by now (by the current step). */
  readonly arrows: readonly TrackArrow[];
  /**
   * What the renderer keeps on the track: with motion, every arrow that crosses the window, sent or not (the track is
   * clipped at "now", so a future one is out of sight; `sent` tells which to name and label), so that playing
   * only moves the track; with reduced motion (nothing clipped at "now"), `arrows`.
   */
  readonly drawn: readonly TrackArrow[];
  /** Whether `arrow` has been sent by now (by the current step). */
  readonly sent: (arrow: TrackArrow) => boolean;
  /** Arrows on the wire now, whose heads are drawn on the "now" line (none with reduced motion: arrows are drawn whole). */
  readonly travelling: readonly TrackArrow[];
  /** A label is drawn only when its whole box lies between these track ys: inside the plot, and above "now" unless nothing moves. */
  readonly labelTop: number;
  readonly labelBottom: number;
  readonly bands: readonly TrackBand[];
  readonly holds: readonly SceneHold[];
  readonly appEvents: readonly TrackMark[];
  readonly deliveries: readonly TrackMark[];
  readonly ticks: readonly TrackTick[];
  readonly gaps: readonly TrackGap[];
  /** System calls, blocked calls and TCP states on the lifelines, in screen coordinates (the sockets lesson; empty elsewhere). */
  readonly sockets: SocketMarks;
}

/** How the scene is drawn. */
export interface SceneOptions {
  /** Draw travelling transfers whole, at their end positions, instead of growing. */
  readonly reducedMotion?: boolean;
  /** This transfer always keeps its label and is never drawn inside a band. */
  readonly selectedId?: number | null;
  /** The container's width in CSS px; the viewBox follows it within bounds. */
  readonly width?: number;
  /** The current step: of several steps at the current millisecond, those after it are not drawn yet. */
  readonly stepIndex?: number;
  readonly lang?: Lang;
  /** Lays out the arrows (trackArrows, which the diagram loads once the reader acts or the run moves); without it none is drawn. */
  readonly arrows?: TrackArrower;
  /**
   * Lays out system calls and TCP states on the lifelines (`socketMarks`, from the sockets widget): passed in rather
   * than imported, so lessons without sockets do not ship it.
   */
  readonly socketMarks?: (timeline: Timeline, frame: SocketMarksFrame) => SocketMarks;
}

const NO_SOCKET_MARKS: SocketMarks = { calls: [], blocks: [], states: [], laneStates: [] };

/** Lays out the diagram of `timeline` at simulated time `time`. */
export function diagramScene(timeline: Timeline, time: number, options: SceneOptions = {}): Scene {
  const width = clamp(options.width || DEFAULT_VIEW_WIDTH, MIN_VIEW_WIDTH, MAX_VIEW_WIDTH);
  const height = clamp(Math.round(width * HEIGHT_PER_WIDTH), MIN_VIEW_HEIGHT, MAX_VIEW_HEIGHT);
  const plotBottom = height - PLOT_BOTTOM_MARGIN;
  const plotHeight = plotBottom - PLOT_TOP;
  const track = diagramTrack(timeline, width, plotHeight, options.lang ?? 'en', options.selectedId ?? null, options.socketMarks ? SOCKET_LANE_INSET_SHARE : LANE_INSET_SHARE, options.arrows);
  const { fold, pxPerMs } = track;
  const span = windowSpan(timeline);
  const folded = fold.fold(time);
  const foldedFrom = Math.max(-HEADROOM / pxPerMs, folded - span * PAST_FRACTION);
  const scroll = foldedFrom * pxPerMs;
  const nowTrack = folded * pxPerMs;
  const window = { from: fold.unfold(foldedFrom), to: fold.unfold(foldedFrom + span) };
  // Rounded, so that while "now" stays put on screen what is drawn at it stays byte for byte the same.
  const nowY = Math.round((PLOT_TOP + nowTrack - scroll) * 1000) / 1000;
  const inView = (top: number, bottom: number) => bottom >= scroll && top <= scroll + plotHeight;

  const lastStep = options.stepIndex ?? Number.POSITIVE_INFINITY;
  const order = stepOrder(timeline);
  const sent = (arrow: TrackArrow) => arrow.transfer.sentAt <= time && order.sendStep[arrow.transfer.id]! <= lastStep;
  const arrows: TrackArrow[] = [];
  const drawn: TrackArrow[] = [];
  const travelling: TrackArrow[] = [];
  const drawTo = options.reducedMotion ? time : window.to;
  for (let i = lowerBound(track.sentAt, window.from - track.longest); i < track.arrows.length && track.sentAt[i]! <= drawTo; i++) {
    const arrow = track.arrows[i]!;
    const { transfer } = arrow;
    if (transfer.arrivedAt < window.from) continue;
    drawn.push(arrow);
    if (!sent(arrow)) continue;
    arrows.push(arrow);
    if (!options.reducedMotion && transfer.arrivedAt > time) travelling.push(arrow);
  }

  const holds: SceneHold[] = [];
  timeline.holds.forEach((hold, index) => {
    const lane = track.lanes.find((l) => l.id === hold.actor);
    if (!lane || hold.from > time || hold.until < window.from || order.holdStep[index]! > lastStep) return;
    holds.push({ key: `${hold.requestId}@${hold.from}`, x: lane.x, y1: fold.fold(hold.from) * pxPerMs, y2: fold.fold(Math.min(hold.until, time)) * pxPerMs, ongoing: hold.until > time });
  });

  // Marks that happened by now (at the current millisecond: by the current step) and are in view.
  const happened = (mark: TrackMark) => mark.time < time || (mark.time === time && mark.step <= lastStep);
  let sockets = NO_SOCKET_MARKS;
  if (options.socketMarks) {
    // Socket marks change with every step, so they are laid out per frame, straight in screen coordinates.
    const middle = (AXIS_WIDTH + width) / 2;
    const laneX = new Map(track.lanes.map((lane) => [lane.id, lane.x]));
    const sides = new Map(track.lanes.map((lane): [string, LabelSide] => [lane.id, lane.x <= middle ? 'left' : 'right']));
    const y = (t: number) => PLOT_TOP + fold.fold(t) * pxPerMs - scroll;
    sockets = options.socketMarks(timeline, { laneX, sides, y, from: window.from, time, lastStep });
  }
  return {
    width, height, plotBottom, track, scroll, nowTrack, nowY, window,
    arrows, drawn: options.reducedMotion ? arrows : drawn, sent, travelling, labelTop: scroll, labelBottom: options.reducedMotion ? scroll + plotHeight : Math.min(nowTrack, scroll + plotHeight),
    bands: track.bands.filter((band) => inView(band.top, band.bottom)),
    holds,
    appEvents: slice(track.appEvents, scroll - 10, nowTrack + 10).filter(happened),
    deliveries: slice(track.deliveries, scroll - 10, nowTrack + 10).filter(happened),
    ticks: slice(track.ticks, scroll, scroll + plotHeight).filter((tick) => Math.abs(tick.y - nowTrack) >= NOW_CLEARANCE),
    gaps: track.gaps.filter((gap) => inView(gap.y1, gap.y2)),
    sockets,
  };
}

// Items sorted by y whose y lies in [top, bottom].
function slice<T extends { readonly y: number }>(items: readonly T[], top: number, bottom: number): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.y < top) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i]!.y <= bottom; i++) out.push(items[i]!);
  return out;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
