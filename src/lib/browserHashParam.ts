import { browserHashLink } from './browserHashLink';
import { withHashParam } from './hashParam';

/** Sets (or, for undefined, removes) one widget's `key=value` in the page's hash: replaceState, so no scroll jump and no history entry. */
export function browserHashParam(key: string, value: string | number | undefined): void {
  const link = browserHashLink();
  link.write(withHashParam(link.read(), key, value));
}
