/**
 * Calls `callback` once, the first time `element` comes near the viewport
 * (within `margin`), so a heavy widget loads only for readers who scroll to it.
 * Returns a function that cancels the wait. Without IntersectionObserver, calls at once.
 */
export function whenVisible(element: Element, callback: () => void, margin = '200px'): () => void {
  if (typeof IntersectionObserver !== 'function') {
    callback();
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      callback();
    },
    { rootMargin: margin },
  );
  observer.observe(element);
  return () => observer.disconnect();
}
