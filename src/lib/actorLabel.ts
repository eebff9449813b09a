import type { ActorRole } from '../sim/timeline/types';

/** How a lifeline is named on screen: a translatable role plus a number when a role repeats. */
export interface ActorLabel {
  readonly role: ActorRole;
  /** 1-based position among actors of the same role; absent when the role appears once. */
  readonly ordinal?: number;
  /** A server with a name of its own: the STOMP scenario's broker. */
  readonly named?: 'broker';
}

interface ActorLike {
  readonly id: string;
  readonly role: ActorRole;
}

/** Names `actorId` among `actors`: "client" alone stays "client"; two clients become client 1 and client 2. */
export function actorLabel(actorId: string, actors: readonly ActorLike[]): ActorLabel {
  const actor = actors.find((a) => a.id === actorId);
  const role: ActorRole = actor?.role ?? (actorId.startsWith('server') ? 'server' : 'client');
  if (actorId === 'broker') return { role, named: 'broker' };
  const sameRole = actors.filter((a) => a.role === role);
  if (sameRole.length < 2) return { role };
  return { role, ordinal: sameRole.findIndex((a) => a.id === actorId) + 1 };
}
