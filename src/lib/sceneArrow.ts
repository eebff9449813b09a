/** One transfer as the sequence diagram draws it: a (possibly still growing) line, its head and its label. */
import type { ActorRole, Transfer } from '../sim/timeline/types';

const HEAD_LENGTH = 11;
const HEAD_HALF_WIDTH = 5;
// A travelling arrow gets its label once half-way, so the label never floats ahead of the arrow.
const LABEL_FROM_PROGRESS = 0.5;
const DEGREES_PER_RADIAN = 180 / Math.PI;
const HALF_TURN = 180;
const QUARTER_TURN = 90;

/** Where an arrow's label sits: centred on the arrow, rotated along it, always reading left to right. */
export interface SceneLabel {
  readonly x: number;
  readonly y: number;
  readonly angle: number;
}

/** One transfer as drawn: from (x1, y1) to its current head (x2, y2). */
export interface SceneArrow {
  readonly transfer: Transfer;
  /** Role of the sender: decides colour, dash and arrowhead shape. */
  readonly sender: ActorRole;
  /** Still on the wire at this moment. */
  readonly flying: boolean;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Arrowhead outline ("x,y x,y x,y"): tip in the middle. */
  readonly head: string;
  readonly label: SceneLabel | null;
}

/** Draws `transfer` from lane x `fromX` to `toX` at `time`; `y` maps simulated time to height. A travelling arrow stops at its progress unless `reducedMotion`. */
export function sceneArrow(transfer: Transfer, sender: ActorRole, fromX: number, toX: number, y: (t: number) => number, time: number, reducedMotion: boolean): SceneArrow {
  const x1 = fromX;
  const y1 = y(transfer.sentAt);
  const fullY2 = y(transfer.arrivedAt);
  const trip = transfer.arrivedAt - transfer.sentAt;
  const flying = transfer.arrivedAt > time;
  const progress = !flying || reducedMotion || trip <= 0 ? 1 : Math.max(0, (time - transfer.sentAt) / trip);
  const x2 = x1 + (toX - x1) * progress;
  const y2 = y1 + (fullY2 - y1) * progress;
  const angle = Math.atan2(fullY2 - y1, toX - x1);
  const label = progress >= LABEL_FROM_PROGRESS
    ? { x: (x1 + toX) / 2, y: (y1 + fullY2) / 2, angle: readable(angle * DEGREES_PER_RADIAN) }
    : null;
  return { transfer, sender, flying, x1, y1, x2, y2, head: arrowhead(x2, y2, angle), label };
}

function arrowhead(tipX: number, tipY: number, angle: number): string {
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  const baseX = tipX - ux * HEAD_LENGTH;
  const baseY = tipY - uy * HEAD_LENGTH;
  const nx = -uy * HEAD_HALF_WIDTH;
  const ny = ux * HEAD_HALF_WIDTH;
  const point = (x: number, y: number) => `${x.toFixed(1)},${y.toFixed(1)}`;
  return `${point(baseX + nx, baseY + ny)} ${point(tipX, tipY)} ${point(baseX - nx, baseY - ny)}`;
}

// Text along an arrow pointing left would read upside down; turn it half a turn.
function readable(degrees: number): number {
  if (degrees > QUARTER_TURN) return degrees - HALF_TURN;
  if (degrees < -QUARTER_TURN) return degrees + HALF_TURN;
  return degrees;
}
