/** Where a player keeps its deep link: the URL hash in the browser, a string in tests. */
export interface HashLink {
  read(): string;
  write(hash: string): void;
}

/** The page's URL hash. Writes use history.replaceState: no scroll jump, no history entry per step. */
export function browserHashLink(): HashLink {
  return {
    read: () => window.location.hash,
    write(hash) {
      const { pathname, search } = window.location;
      if (hash === window.location.hash) return;
      try {
        window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
      } catch {
        // Safari throttles replaceState and throws past its limit; losing one deep-link update is harmless.
      }
    },
  };
}
