/** The Korean strings every widget needs (the Korean twin of the areas `i18n/index.ts` builds in), loaded as one chunk; the field meanings load apart (`fieldMeanings.svelte.ts`). */
import { captions, timers, wsCauses } from './captions';
import { metrics } from './metrics';
import { player } from './player';
import { ui } from './ui';

export const core: readonly Readonly<Record<string, string>>[] = [captions, timers, wsCauses, player, metrics, ui];
