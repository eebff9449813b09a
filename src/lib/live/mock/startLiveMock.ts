/**
 * Starts the in-page mock of the live endpoints. msw is imported here, on
 * demand, so a page that reaches a real server never downloads it.
 */
import { browserClock } from './browserClock';

/** A running mock. */
export interface RunningMock {
  stop(): void;
}

/** Registers msw's service worker (/mockServiceWorker.js) with handlers for `origin`'s live endpoints. */
export async function startLiveMock(origin: string): Promise<RunningMock> {
  const [{ setupWorker }, { liveMockHandlers }] = await Promise.all([import('msw/browser'), import('./liveMockHandlers')]);
  const wsOrigin = origin.replace(/^http/, 'ws');
  const worker = setupWorker(...liveMockHandlers({ httpOrigin: origin, wsOrigin, clock: browserClock }));
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
  return { stop: () => worker.stop() };
}
