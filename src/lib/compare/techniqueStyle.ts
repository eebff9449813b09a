/**
 * How each technique is drawn in every compare chart: a colour token, and a dash
 * pattern and marker shape so that colour is never the only way to tell them apart.
 */
import type { TechniqueName } from '../../sim';

/** Marker shapes, drawn by `markerPath`. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

/** One technique's look. */
export interface TechniqueStyle {
  /** A CSS colour from the design tokens (light and dark). */
  readonly color: string;
  /** SVG stroke-dasharray; '' is solid. */
  readonly dash: string;
  readonly marker: MarkerShape;
  /** i18n key of its short name. */
  readonly name: string;
}

export const techniqueStyles: Readonly<Record<TechniqueName, TechniqueStyle>> = {
  polling: { color: 'var(--hold)', dash: '2 4', marker: 'square', name: 'compare.tech.polling' },
  'long-polling': { color: 'var(--event)', dash: '9 4', marker: 'triangle', name: 'compare.tech.longPolling' },
  streaming: { color: 'var(--server)', dash: '12 3 3 3', marker: 'diamond', name: 'compare.tech.streaming' },
  websocket: { color: 'var(--client)', dash: '', marker: 'circle', name: 'compare.tech.websocket' },
};

/** An SVG path of `shape` centred on (x, y), about `size` across. */
export function markerPath(shape: MarkerShape, x: number, y: number, size = 8): string {
  const r = size / 2;
  switch (shape) {
    case 'square':
      return `M${x - r} ${y - r}h${size}v${size}h${-size}Z`;
    case 'triangle':
      return `M${x} ${y - r}L${x + r} ${y + r}H${x - r}Z`;
    case 'diamond':
      return `M${x} ${y - r}L${x + r} ${y}L${x} ${y + r}L${x - r} ${y}Z`;
    default:
      // Two arcs make a circle in a single path.
      return `M${x - r} ${y}a${r} ${r} 0 1 0 ${size} 0a${r} ${r} 0 1 0 ${-size} 0`;
  }
}
