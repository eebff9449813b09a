/**
 * Each lifeline's IPv4 address in a capture, from the documentation ranges
 * (RFC 5737: 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24), so nothing in a
 * file ever names a real host: clients from 192.0.2.10, servers from
 * 198.51.100.20, proxies from 203.0.113.30, in the order the timeline lists them.
 */
import type { Actor, ActorRole } from '../timeline/types';

const FIRST: Readonly<Record<ActorRole, readonly number[]>> = {
  client: [192, 0, 2, 10],
  server: [198, 51, 100, 20],
  proxy: [203, 0, 113, 30],
};

/** Address of every actor by id. */
export function captureAddresses(actors: readonly Actor[]): ReadonlyMap<string, readonly number[]> {
  const used: Record<ActorRole, number> = { client: 0, server: 0, proxy: 0 };
  const out = new Map<string, readonly number[]>();
  for (const actor of actors) {
    const first = FIRST[actor.role];
    out.set(actor.id, [first[0]!, first[1]!, first[2]!, first[3]! + used[actor.role]++]);
  }
  return out;
}

/** Dotted-quad text of an address. */
export function dottedQuad(address: readonly number[]): string {
  return address.join('.');
}
