/**
 * What the sequence diagram draws once it moves: the arrows (their layout, labels and the ribbons of dense ones),
 * held requests, event marks, and the overview strip (a way to jump through the run). At 0 ms none of it has any
 * length yet, so SequenceDiagram imports this module once the reader acts: a page only looked at does not load it.
 */
export { default as DiagramMotion } from './DiagramMotion.svelte';
export { trackArrows } from '../lib/trackArrows';
