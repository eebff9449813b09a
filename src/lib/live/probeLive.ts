/**
 * Is a live server there, and how far is it? A few immediate polls: each is a
 * clock sample (offset and round trip); an answer that is not the live
 * endpoints' JSON means there is no server: a static host serves the build's
 * placeholder `public/api/poll` (a 200, so the browser logs no error) or a 404.
 */
import type { EventsResponse } from '../../../server/live/liveMessages';
import { apiUrl } from './liveApi';
import { clockSample, type ClockSample } from './clockSample';

/** A server answered, with one clock sample per probe. */
export type ProbeResult =
  | { readonly ok: true; readonly samples: readonly ClockSample[] }
  | { readonly ok: false; readonly reason: 'unreachable' | 'not-live' };

const PROBES = 3;

/** Polls `session` `PROBES` times at `rate` (which also creates the session and sets its rate). */
export async function probeLive(httpBase: string, session: string, rate: number, now: () => number): Promise<ProbeResult> {
  const samples: ClockSample[] = [];
  for (let k = 0; k < PROBES; k++) {
    const sentAt = now();
    let body: EventsResponse;
    try {
      const response = await fetch(apiUrl(httpBase, 'poll', { session, rate }), { cache: 'no-store' });
      const type = response.headers.get('content-type') ?? '';
      if (!response.ok || !type.startsWith('application/json')) return { ok: false, reason: 'not-live' };
      body = (await response.json()) as EventsResponse;
    } catch {
      return { ok: false, reason: 'unreachable' };
    }
    if (typeof body.receivedAt !== 'number' || typeof body.requestHeaderBytes !== 'number') return { ok: false, reason: 'not-live' };
    samples.push(clockSample({ sentAt, serverReceivedAt: body.receivedAt, serverWrittenAt: body.writtenAt, arrivedAt: now() }));
  }
  return { ok: true, samples };
}
