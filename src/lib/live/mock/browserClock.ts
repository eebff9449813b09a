/** The live session's clock in a page: the same epoch milliseconds the server uses, from the page's high-resolution timer. */
import type { Clock } from '../../../../server/live/clock';

/** performance.timeOrigin + performance.now(), and setTimeout timers. */
export const browserClock: Clock = {
  now: () => performance.timeOrigin + performance.now(),
  setTimer(callback, ms) {
    const handle = setTimeout(callback, ms);
    return { cancel: () => clearTimeout(handle) };
  },
};
