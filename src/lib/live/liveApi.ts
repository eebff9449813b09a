/** The live endpoints' URLs and the two requests every technique shares (send, rate). */
import type { ErrorResponse, EventsResponse } from '../../../server/live/liveMessages';
import type { LinkOptions } from './liveLink';

/** URL of a live HTTP endpoint with its query. */
export function apiUrl(base: string, path: string, query: Readonly<Record<string, string | number>>): string {
  const url = new URL(`/api/${path}`, base);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, String(value));
  return url.href;
}

/** POST /api/send: the text becomes the session's next event. */
export async function postMessage(options: Pick<LinkOptions, 'httpBase' | 'session'>, text: string): Promise<void> {
  const response = await fetch(apiUrl(options.httpBase, 'send', { session: options.session }), { method: 'POST', body: text });
  if (!response.ok) throw new Error(((await response.json()) as ErrorResponse).error);
}

/** Sets the session's tick rate with a poll (the latest `rate` given wins). */
export async function setSessionRate(options: Pick<LinkOptions, 'httpBase' | 'session'>, rate: number): Promise<EventsResponse> {
  const response = await fetch(apiUrl(options.httpBase, 'poll', { session: options.session, rate }));
  return (await response.json()) as EventsResponse;
}
