/**
 * A strip chart's dots as a few paths instead of one element each: thousands of elements cost the browser time on
 * every frame the page repaints (the /compare diagrams repaint every frame while they play), a few paths almost none.
 */
import { markerPath, type MarkerShape } from './techniqueStyle';

/**
 * The dots (in the order laid out: row by row, `rows` rows) as `layers` paths of `shape` markers. Neighbours in a row
 * go to different paths, so that where dots overlap their translucent fills still add up, as separate dots would;
 * inside one path overlapping dots merge.
 */
export function dotLayers(dots: readonly { readonly x: number; readonly y: number }[], shape: MarkerShape, size: number, rows: number, layers = 4): string[] {
  const paths: string[][] = Array.from({ length: layers }, () => []);
  dots.forEach((dot, k) => paths[Math.floor(k / rows) % layers]!.push(markerPath(shape, dot.x, dot.y, size)));
  return paths.filter((path) => path.length > 0).map((path) => path.join(''));
}
