/**
 * Arrowheads of the sequence diagram: at an arrow's end, or on the "now" line while it travels. Its own small
 * module: the diagram draws travelling heads every frame, without loading the arrow layout (trackArrows) for it.
 */
import type { TrackArrow } from './diagramTrack';

const HEAD_LENGTH = 11;
const HEAD_HALF_WIDTH = 5;

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
