/**
 * The arrows of the sequence diagram's track, laid out once per track: each transfer an arrow drawn on its own
 * (with its label, trackLabels) unless it starts too close to the one before between the same two lanes: then
 * the run of them is one ribbon (a band). Loaded lazily with the rest of what moves (diagramExtras).
 */
import type { Lang } from '../i18n';
import type { ActorRole, Timeline } from '../sim/timeline/types';
import type { SceneLane, TrackArrow, TrackArrows, TrackBand } from './diagramTrack';
import type { Box } from './labelLayout';
import { trackLabels } from './trackLabels';

// Half the size of an event mark (a diamond 12 tall, a dot 9 wide) or a held bar (10 wide), with a little air.
const MARK_HALF = 7;
const HEAD_LENGTH = 11;
const HEAD_HALF_WIDTH = 5;
// Arrows between the same two lanes that start closer than this (px) are drawn as one band, not one by one.
const BAND_GAP = 4;

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

/** The arrows and bands of `timeline` on a track whose lanes are `lanes` and whose time → y map is `y`; labels inside `bounds`. */
export function trackArrows(timeline: Timeline, lanes: ReadonlyMap<string, SceneLane>, y: (time: number) => number, bounds: Box, selectedId: number | null, lang: Lang): TrackArrows {
  const arrows: TrackArrow[] = [];
  const lastStart = new Map<string, number>();
  // Stretches of banded arrows, per lane pair: no label goes over them (it could not be read there).
  const dense = new Map<string, Run[]>();
  let longest = 0;
  for (const transfer of timeline.transfers) {
    const from = lanes.get(transfer.from);
    const to = lanes.get(transfer.to);
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
    arrows.push({ transfer, sender: from.role, x1: from.x, y1, x2, y2, head: arrowhead(x2, y2, Math.atan2(y2 - y1, x2 - from.x)), label: null });
  }
  const taken: Box[] = [...dense.values()].flat().map((run) => ({ x: run.x, y: run.y, width: run.right - run.x, height: run.bottom - run.y }));
  // No label over an app event, a delivery or a held request's bar either: it would hide them.
  for (const step of timeline.steps) {
    const lane = (step.kind === 'app-event' || step.kind === 'deliver') && lanes.get(step.actor);
    if (lane) taken.push({ x: lane.x - MARK_HALF, y: y(step.time) - MARK_HALF, width: 2 * MARK_HALF, height: 2 * MARK_HALF });
  }
  for (const hold of timeline.holds) {
    const lane = lanes.get(hold.actor);
    if (lane) taken.push({ x: lane.x - MARK_HALF, y: y(hold.from), width: 2 * MARK_HALF, height: y(hold.until) - y(hold.from) });
  }
  const labelled = trackLabels(arrows, taken, bounds, selectedId, lang);

  const bands = [...dense].flatMap(([pair, runs]) => runs.map(({ role, y, bottom, count, first: [a, b, c, d], last: [e, f, g, h] }) => ({
    key: `${pair}@${y}`, role, top: y, bottom, count, points: [a, b, c, d, g, h, e, f].map((v) => v.toFixed(1)).join(' '),
  })));
  return { arrows: labelled, sentAt: Float64Array.from(labelled, (a) => a.transfer.sentAt), longest, bands };
}

/** The head of `arrow` at `time` while it travels: where it crosses the "now" line, `nowTrack` (a trip is never folded). */
export function flyingHead(arrow: TrackArrow, time: number, nowTrack: number): string {
  const { sentAt, arrivedAt } = arrow.transfer;
  const progress = arrivedAt > sentAt ? (time - sentAt) / (arrivedAt - sentAt) : 1;
  return arrowhead(arrow.x1 + (arrow.x2 - arrow.x1) * progress, nowTrack, Math.atan2(arrow.y2 - arrow.y1, arrow.x2 - arrow.x1));
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
