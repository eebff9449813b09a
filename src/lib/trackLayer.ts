/**
 * Where the sequence diagram's scrolling layers sit, in CSS percentages of the diagram's box, so that playing moves
 * each one by a transform alone (the compositor's job: nothing is laid out or painted again for it).
 */
import { AXIS_WIDTH, PLOT_TOP } from './diagramScene';

/** The part of a scene the layers depend on (viewBox units). */
export interface LayerFrame {
  readonly width: number;
  readonly height: number;
  readonly plotBottom: number;
  readonly scroll: number;
  /** Where the track is cut off: "now" while things move, the plot's bottom with reduced motion. */
  readonly cutY: number;
}

/** A layer: a clipping box, the diagram-sized SVG inside it, and that SVG's transform. */
export interface TrackLayer {
  readonly clip: string;
  readonly inner: string;
  readonly transform: string;
}

const pct = (value: number) => `${(value * 100).toFixed(4)}%`;

/** Moves track coordinates onto the plot: a translation by PLOT_TOP - scroll, as a share of the layer's own height. */
export function trackShift(frame: LayerFrame): string {
  return `translateY(${pct((PLOT_TOP - frame.scroll) / frame.height)})`;
}

/** The arrows' layer: clipped to the plot, down to `cutY`. */
export function plotLayer(frame: LayerFrame): TrackLayer {
  const plotWidth = frame.width - AXIS_WIDTH;
  const cut = Math.max(1, Math.min(frame.cutY, frame.plotBottom) - PLOT_TOP);
  return {
    clip: `left:${pct(AXIS_WIDTH / frame.width)};top:${pct(PLOT_TOP / frame.height)};width:${pct(plotWidth / frame.width)};height:${pct(cut / frame.height)}`,
    inner: `left:${pct(-AXIS_WIDTH / plotWidth)};top:${pct(-PLOT_TOP / cut)};width:${pct(frame.width / plotWidth)};height:${pct(frame.height / cut)}`,
    transform: trackShift(frame),
  };
}
