import type { HashLink } from './browserHashLink';
import { withHashParam } from './hashParam';

/**
 * The page's URL hash for the WebSocket chapters' widgets (the handshake stepper, the frame gallery, the fragment and
 * close demos). It writes as browserHashLink does, but does not import it: a module shared with the lesson players
 * would become a chunk of its own, and every chunk costs the HTTP lesson pages bytes they do not have.
 */
export const browserHashParamLink: HashLink = {
  read: () => location.hash,
  write(hash) {
    if (hash === location.hash) return;
    try {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    } catch {
      // Safari throttles replaceState and throws past its limit; losing one deep-link update is harmless.
    }
  },
};

/** Sets (or, for undefined, removes) one widget's `key=value` in the page's hash: replaceState, so no scroll jump and no history entry. */
export function browserHashParam(key: string, value: string | number | undefined): void {
  browserHashParamLink.write(withHashParam(browserHashParamLink.read(), key, value));
}
