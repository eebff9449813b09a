import { t, type Lang } from '../i18n';
import type { Actor, Caption } from '../sim';
import { actorLabel } from './actorLabel';
import { actorName } from './actorName';

/** Caption values that hold an actor id, named on screen the way the diagram names lifelines. */
const ACTOR_VALUES = ['from', 'to', 'actor'] as const;

/** A step's caption as a sentence: actor ids become "Client" / "Server 2", timer ids their translated names. */
export function narrateStep(c: Caption, actors: readonly Actor[], lang: Lang = 'en'): string {
  const values: Record<string, string | number> = { ...c.values };
  for (const name of ACTOR_VALUES) {
    const id = values[name];
    if (typeof id === 'string') values[name] = actorName(actorLabel(id, actors), lang);
  }
  if (typeof values.timer === 'string') values.timer = t(`timer.${values.timer}`, undefined, lang);
  if (typeof values.cause === 'string') values.cause = t(`wsCause.${values.cause}`, undefined, lang);
  return t(c.key, values, lang);
}
