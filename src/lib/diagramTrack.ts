/**
 * Everything the sequence diagram draws for a whole run, laid out once per timeline (and width, language,
 * selection) on a "track": a tall strip where y is folded time × px per ms. Each frame then only scrolls the
 * track and picks what is in view (diagramScene), so landed arrows, labels and marks are never recomputed
 * nor re-rendered while the diagram plays.
 */
import { t, type Lang } from '../i18n';
import type { ActorRole, Timeline, Transfer } from '../sim/timeline/types';
import { actorLabel } from './actorLabel';
import { formatNumber } from './formatNumber';
import { labelLayout, type Box, type LabelRequest } from './labelLayout';
import { timeFold, type TimeFold } from './timeFold';
import { tickStep } from './timeTicks';
import { windowSpan } from './windowSpan';

/** Room left of the plot for the overview strip and the time axis labels. */
export const AXIS_WIDTH = 92;
// Arrows between the same two lanes that start closer than this (px) are drawn as one band, not one by one.
const BAND_GAP = 4;
// App events and deliveries closer than this on one lifeline would mostly hide each other (a diamond is 12 tall).
const MARK_GAP = 6;
const HEAD_LENGTH = 11;
const HEAD_HALF_WIDTH = 5;
// Labels are 12 px monospace: 0.6 em a character (a full em for CJK), plus a little air.
const LABEL_HEIGHT = 14;
const CHAR_WIDTH = 7.2;
const WIDE_CHAR_WIDTH = 12;
const LABEL_PADDING = 6;
const LABEL_OFFSET = 9;
/** Room (px) the plot keeps above 0 ms, so a message sent at 0 ms can have its label above it. */
export const HEADROOM = 22;

/** One lifeline. */
export interface SceneLane {
  readonly id: string;
  readonly role: ActorRole;
  readonly ordinal?: number;
  readonly x: number;
}

/** A transfer drawn on its own: its whole arrow, head and label on the track. */
export interface TrackArrow {
  readonly transfer: Transfer;
  /** Role of the sender: decides colour, dash and arrowhead shape. */
  readonly sender: ActorRole;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Arrowhead outline ("x,y x,y x,y"): tip in the middle. */
  readonly head: string;
  readonly label: (Box & { readonly text: string }) | null;
}

/** A run of arrows between two lanes too close together to draw apart: one ribbon from the first to the last. */
export interface TrackBand {
  readonly key: string;
  readonly role: ActorRole;
  readonly top: number;
  readonly bottom: number;
  readonly count: number;
  readonly points: string;
}

/** A point event on a lifeline: an app event (server) or a delivery (client). */
export interface TrackMark {
  readonly eventId: number;
  readonly time: number;
  readonly step: number;
  readonly x: number;
  readonly y: number;
  readonly title: string;
}

/** A labelled time on the axis, or a folded quiet stretch. */
export interface TrackTick {
  readonly y: number;
  readonly text: string;
}
export interface TrackGap {
  readonly y1: number;
  readonly y2: number;
  readonly text: string;
}

type Segment = readonly [x1: number, y1: number, x2: number, y2: number];
interface Run {
  readonly role: ActorRole;
  readonly x: number;
  readonly right: number;
  readonly y: number;
  bottom: number;
  readonly first: Segment;
  last: Segment;
  count: number;
}

/** The whole run laid out. */
export interface DiagramTrack {
  readonly pxPerMs: number;
  readonly fold: TimeFold;
  readonly lanes: readonly SceneLane[];
  /** Arrows drawn one by one, in sending order, and their send times. */
  readonly arrows: readonly TrackArrow[];
  readonly sentAt: Float64Array;
  /** The longest trip (ms): nothing sent earlier than `from - longest` can still be in view. */
  readonly longest: number;
  readonly bands: readonly TrackBand[];
  readonly appEvents: readonly TrackMark[];
  readonly deliveries: readonly TrackMark[];
  readonly ticks: readonly TrackTick[];
  readonly gaps: readonly TrackGap[];
}

const tracks = new WeakMap<Timeline, { key: string; track: DiagramTrack }>();

/**
 * The (cached: one per timeline) track of `timeline` for a plot `width` × `plotHeight` in viewBox units, its
 * lifelines `laneInset` (a share of the plot width) in from the plot's edges.
 */
export function diagramTrack(timeline: Timeline, width: number, plotHeight: number, lang: Lang, selectedId: number | null, laneInset: number): DiagramTrack {
  const key = `${width}|${plotHeight}|${lang}|${selectedId}|${laneInset}`;
  const cached = tracks.get(timeline);
  if (cached?.key === key) return cached.track;
  const track = layTrack(timeline, width, plotHeight, lang, selectedId, laneInset);
  tracks.set(timeline, { key, track });
  return track;
}

function layTrack(timeline: Timeline, width: number, plotHeight: number, lang: Lang, selectedId: number | null, laneInset: number): DiagramTrack {
  const span = windowSpan(timeline);
  const fold = timeFold(timeline);
  const pxPerMs = plotHeight / span;
  const y = (time: number) => fold.fold(time) * pxPerMs;
  const lanes = layLanes(timeline, width, laneInset);
  const laneOf = new Map(lanes.map((lane) => [lane.id, lane]));

  const arrows: TrackArrow[] = [];
  const labels: LabelRequest[] = [];
  const texts: string[] = [];
  const lastStart = new Map<string, number>();
  // Stretches of banded arrows, per lane pair: no label goes over them (it could not be read there).
  const dense = new Map<string, Run[]>();
  let longest = 0;
  for (const transfer of timeline.transfers) {
    const from = laneOf.get(transfer.from);
    const to = laneOf.get(transfer.to);
    if (!from || !to) continue;
    longest = Math.max(longest, transfer.arrivedAt - transfer.sentAt);
    // A lost transfer is drawn to where it vanished: half way.
    const x2 = transfer.lost ? (from.x + to.x) / 2 : to.x;
    const y1 = y(transfer.sentAt);
    const y2 = y(transfer.arrivedAt);
    const pair = `${from.id}>${to.id}`;
    if (transfer.id !== selectedId && y1 - (lastStart.get(pair) ?? -Infinity) < BAND_GAP) {
      const runs = dense.get(pair) ?? [];
      const run = runs.at(-1);
      if (run && y1 - run.bottom < BAND_GAP * 2) {
        run.bottom = Math.max(run.bottom, y2);
        run.last = [from.x, y1, x2, y2];
        run.count++;
      } else {
        const top = Math.min(y1, lastStart.get(pair)!);
        runs.push({ role: from.role, x: Math.min(from.x, x2), right: Math.max(from.x, x2), y: top, bottom: y2, first: [from.x, y1, x2, y2], last: [from.x, y1, x2, y2], count: 1 });
      }
      dense.set(pair, runs);
      continue;
    }
    lastStart.set(pair, y1);
    const text = t('diagram.arrowLabel', { summary: transfer.summary, bytes: formatNumber(transfer.bytes.length, lang) }, lang);
    texts.push(text);
    arrows.push({ transfer, sender: from.role, x1: from.x, y1, x2, y2, head: arrowhead(x2, y2, Math.atan2(y2 - y1, x2 - from.x)), label: null });
    const width = textWidth(text) + LABEL_PADDING;
    // Above or below the arrow, far enough that a sloping arrow clears the label's ends.
    const clear = LABEL_OFFSET + (Math.abs(y2 - y1) / Math.max(1, Math.abs(x2 - from.x))) * (width / 2);
    const at = (share: number, side: number) => [from.x + (x2 - from.x) * share, y1 + (y2 - y1) * share + side * clear] as const;
    labels.push({
      width,
      height: LABEL_HEIGHT,
      centres: [at(0.5, -1), at(0.5, 1), at(0.3, -1), at(0.7, -1), at(0.3, 1), at(0.7, 1)],
    });
  }
  // The selected arrow's label is placed first, even over a band, so it always has one; then the others in sending order.
  const bounds = { x: AXIS_WIDTH, y: -HEADROOM, width: width - AXIS_WIDTH, height: fold.length * pxPerMs + HEADROOM };
  const selected = arrows.findIndex((a) => a.transfer.id === selectedId);
  const [selectedBox] = selected < 0 ? [null] : labelLayout([labels[selected]!], bounds);
  const taken = [...dense.values()].flat().map((run) => ({ x: run.x, y: run.y, width: run.right - run.x, height: run.bottom - run.y }));
  // The middle half of every arrow drawn one by one, so no label lies across another arrow (and reads as its).
  // Four boxes an arrow, each an eighth of it long, hug a sloping line closely enough.
  for (const a of arrows) {
    const dx = (a.x2 - a.x1) / 8;
    const dy = (a.y2 - a.y1) / 8;
    for (let k = 2; k < 6; k++) taken.push({ x: a.x1 + dx * k + Math.min(0, dx), y: a.y1 + dy * k, width: Math.abs(dx), height: dy });
  }
  const boxes = labelLayout(labels.map((label, i) => (i === selected ? { ...label, centres: [] } : label)), bounds, selectedBox ? [selectedBox, ...taken] : taken);
  if (selectedBox) boxes[selected] = selectedBox;
  boxes.forEach((box, i) => {
    if (box) arrows[i] = { ...arrows[i]!, label: { ...box, text: texts[i]! } };
  });

  const bands = [...dense].flatMap(([pair, runs]) => runs.map(({ role, y, bottom, count, first: [a, b, c, d], last: [e, f, g, h] }) => ({
    key: `${pair}@${y}`, role, top: y, bottom, count, points: [a, b, c, d, g, h, e, f].map((v) => v.toFixed(1)).join(' '),
  })));
  const { appEvents, deliveries } = layMarks(timeline, laneOf, y, lang);
  const step = tickStep(span);
  const ticks: TrackTick[] = [];
  const gaps: TrackGap[] = [];
  let quietTo = 0;
  for (const gap of [...fold.gaps, { from: timeline.duration, to: timeline.duration }]) {
    for (let k = Math.ceil(quietTo / step); k * step <= gap.from; k++) ticks.push({ y: y(k * step), text: t('diagram.tick', { time: formatNumber(k * step, lang) }, lang) });
    if (gap.to > gap.from) {
      gaps.push({ y1: y(gap.from), y2: y(gap.to), text: t('diagram.gap', { time: formatNumber(gap.to - gap.from, lang) }, lang) });
    }
    quietTo = gap.to;
  }
  return { pxPerMs, fold, lanes, arrows, sentAt: Float64Array.from(arrows, (a) => a.transfer.sentAt), longest, bands, appEvents, deliveries, ticks, gaps };
}

function layMarks(timeline: Timeline, laneOf: ReadonlyMap<string, SceneLane>, y: (time: number) => number, lang: Lang) {
  const appEvents: TrackMark[] = [];
  const deliveries: TrackMark[] = [];
  const last = new Map<string, number>();
  timeline.steps.forEach((step, index) => {
    if (step.kind !== 'app-event' && step.kind !== 'deliver') return;
    const lane = laneOf.get(step.actor);
    if (!lane) return;
    const at = y(step.time);
    const key = `${step.kind}@${lane.id}`;
    if (at - (last.get(key) ?? -Infinity) < MARK_GAP) return;
    last.set(key, at);
    const values = { id: step.eventId, time: formatNumber(step.time, lang) };
    const mark = { eventId: step.eventId, time: step.time, step: index, x: lane.x, y: at };
    if (step.kind === 'app-event') appEvents.push({ ...mark, title: t('diagram.appEvent', values, lang) });
    else deliveries.push({ ...mark, title: t('diagram.delivery', values, lang) });
  });
  return { appEvents, deliveries };
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

/** The arrowhead at (tipX, tipY) of an arrow pointing along `angle`. */
export function arrowhead(tipX: number, tipY: number, angle: number): string {
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  const baseX = tipX - ux * HEAD_LENGTH;
  const baseY = tipY - uy * HEAD_LENGTH;
  const nx = -uy * HEAD_HALF_WIDTH;
  const ny = ux * HEAD_HALF_WIDTH;
  const point = (x: number, y: number) => `${x.toFixed(1)},${y.toFixed(1)}`;
  return `${point(baseX + nx, baseY + ny)} ${point(tipX, tipY)} ${point(baseX - nx, baseY - ny)}`;
}

function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) >= 0x1100 ? WIDE_CHAR_WIDTH : CHAR_WIDTH;
  return width;
}
