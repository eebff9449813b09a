import { t, type Lang } from '../i18n';
import type { ActorLabel } from './actorLabel';

/** A lifeline's name on screen: "Client", "Server", "Broker", or "Client 2" when several share a role. */
export function actorName(label: ActorLabel, lang: Lang = 'en'): string {
  const name = t(`diagram.actor.${label.named ?? label.role}`, undefined, lang);
  return label.ordinal === undefined ? name : t('diagram.actorNumbered', { name, n: label.ordinal }, lang);
}
