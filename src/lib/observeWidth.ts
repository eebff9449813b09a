/**
 * Calls `onWidth` with `element`'s content width now and whenever it changes.
 * Returns a function that stops watching. Without ResizeObserver (old
 * browsers, jsdom) it never calls: callers keep their wide-screen default.
 */
export function observeWidth(element: Element, onWidth: (width: number) => void): () => void {
  if (typeof ResizeObserver !== 'function') return () => {};
  const observer = new ResizeObserver((entries) => {
    const entry = entries.at(-1);
    if (entry) onWidth(entry.contentRect.width);
  });
  observer.observe(element);
  return () => observer.disconnect();
}
