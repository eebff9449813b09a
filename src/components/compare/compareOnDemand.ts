/**
 * Everything the compare widget loads when the reader first needs new runs, as
 * one dynamic import: the simulator's runs, the player and the deflate figures.
 * One entry, not several: Rollup groups modules by the set of entries that
 * import them, so each extra entry here would split the chunks the lesson pages
 * share with it into smaller files that gzip worse.
 */
export { compareEngine, comparePlayer } from './compareEngine';
export { toCompareParams } from '../../widgets/toCompareParams';
export { default as DeflateSavings } from './DeflateSavings.svelte';
