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
import type { Box } from './labelLayout';
import { timeFold, type TimeFold } from './timeFold';
import { tickStep } from './timeTicks';
import { windowSpan } from './windowSpan';

/** Room left of the plot for the overview strip and the time axis labels. */
export const AXIS_WIDTH = 92;
// App events and deliveries closer than this on one lifeline would mostly hide each other (a diamond is 12 tall).
const MARK_GAP = 6;
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
  /** Arrowhead outline at its end ("x,y x,y x,y"): tip in the middle. */
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

/** The whole run laid out. */
export interface DiagramTrack extends TrackArrows {
  readonly pxPerMs: number;
  readonly fold: TimeFold;
  readonly lanes: readonly SceneLane[];
  readonly appEvents: readonly TrackMark[];
  readonly deliveries: readonly TrackMark[];
  readonly ticks: readonly TrackTick[];
  readonly gaps: readonly TrackGap[];
}

/** The arrows and bands of a track (trackArrows). */
export interface TrackArrows {
  /** Arrows drawn one by one, in sending order, and their send times. */
  readonly arrows: readonly TrackArrow[];
  readonly sentAt: Float64Array;
  /** The longest trip (ms): nothing sent earlier than `from - longest` can still be in view. */
  readonly longest: number;
  readonly bands: readonly TrackBand[];
}

/**
 * Lays out a track's arrows, bands and labels (trackArrows, loaded once the reader acts: at 0 ms no message is
 * on the wire yet): passed in rather than imported, so a page that is only looked at does not load it.
 */
export type TrackArrower = (timeline: Timeline, lanes: ReadonlyMap<string, SceneLane>, y: (time: number) => number, bounds: Box, selectedId: number | null, lang: Lang) => TrackArrows;

const NO_ARROWS: TrackArrows = { arrows: [], sentAt: new Float64Array(0), longest: 0, bands: [] };

const tracks = new WeakMap<Timeline, { key: string; track: DiagramTrack }>();

/**
 * The (cached: one per timeline) track of `timeline` for a plot `width` × `plotHeight` in viewBox units, its
 * lifelines `laneInset` (a share of the plot width) in from the plot's edges; its arrows laid out by `arrower`, if given.
 */
export function diagramTrack(timeline: Timeline, width: number, plotHeight: number, lang: Lang, selectedId: number | null, laneInset: number, arrower?: TrackArrower): DiagramTrack {
  const key = `${width}|${plotHeight}|${lang}|${selectedId}|${laneInset}|${!!arrower}`;
  const cached = tracks.get(timeline);
  if (cached?.key === key) return cached.track;
  const track = layTrack(timeline, width, plotHeight, lang, selectedId, laneInset, arrower);
  tracks.set(timeline, { key, track });
  return track;
}

function layTrack(timeline: Timeline, width: number, plotHeight: number, lang: Lang, selectedId: number | null, laneInset: number, arrower?: TrackArrower): DiagramTrack {
  const span = windowSpan(timeline);
  const fold = timeFold(timeline);
  const pxPerMs = plotHeight / span;
  const y = (time: number) => fold.fold(time) * pxPerMs;
  const lanes = layLanes(timeline, width, laneInset);
  const laneOf = new Map(lanes.map((lane) => [lane.id, lane]));

  const bounds = { x: AXIS_WIDTH, y: -HEADROOM, width: width - AXIS_WIDTH, height: fold.length * pxPerMs + HEADROOM };
  const { arrows, bands, sentAt, longest } = arrower ? arrower(timeline, laneOf, y, bounds, selectedId, lang) : NO_ARROWS;
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
  return { pxPerMs, fold, lanes, arrows, sentAt, longest, bands, appEvents, deliveries, ticks, gaps };
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
    // Events are numbered from #1 for readers (the simulator's eventId counts from 0).
    const values = { id: step.eventId + 1, time: formatNumber(step.time, lang) };
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
