/**
 * When the compare widget loads what its first screen does not need: on the
 * reader's first sign of reading on (a scroll, a pointer, a key), or when a
 * part comes near the viewport. Before either, the page has loaded no simulator.
 */

const INTENT_EVENTS = ['scroll', 'wheel', 'pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin'] as const;

/** Calls `act` once, on the reader's first scroll, pointer, touch, key or focus; returns a function that cancels. */
export function onFirstIntent(act: () => void): () => void {
  const once = () => {
    stop();
    act();
  };
  const stop = () => INTENT_EVENTS.forEach((name) => window.removeEventListener(name, once, { capture: true }));
  INTENT_EVENTS.forEach((name) => window.addEventListener(name, once, { capture: true, passive: true }));
  return stop;
}

/** An attachment that calls `act` once, when its element comes within `margin` (CSS rootMargin) of the viewport. */
export function whenNear(margin: string, act: () => void): (node: HTMLElement) => (() => void) | undefined {
  return (node) => {
    if (typeof IntersectionObserver === 'undefined') {
      act();
      return undefined;
    }
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      act();
    }, { rootMargin: margin });
    observer.observe(node);
    return () => observer.disconnect();
  };
}
