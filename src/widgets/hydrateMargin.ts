/**
 * How far below (or above) the viewport an island starts hydrating, for
 * `client:visible={{ rootMargin: HYDRATE_MARGIN }}`. With the default (0 px) a
 * widget hydrated only once it was on screen, and a click on Play in the next
 * ~150 ms did nothing; 600 px is about one phone screen of scrolling ahead, so
 * the island is ready before a reader reaches it.
 */
export const HYDRATE_MARGIN = '600px';
