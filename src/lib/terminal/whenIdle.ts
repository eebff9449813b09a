/**
 * Calls `callback` once, when the browser is next idle (at the latest after `timeout` ms) or at the reader's first
 * interaction with the page (pointer, key, focus), whichever comes first: heavy set-up then stays out of the page's
 * load and hydration tasks, yet is there as soon as the reader reaches for it. Returns a function that cancels the wait.
 * Without requestIdleCallback, waits for the next task.
 */
export function whenIdle(callback: () => void, timeout = 2000): () => void {
  const interactions = ['pointerdown', 'keydown', 'focusin'] as const;
  let done = false;
  const cancelIdle =
    typeof requestIdleCallback === 'function'
      ? ((id: number) => () => cancelIdleCallback(id))(requestIdleCallback(() => fire(), { timeout }))
      : ((id: ReturnType<typeof setTimeout>) => () => clearTimeout(id))(setTimeout(() => fire(), 0));
  for (const type of interactions) addEventListener(type, fire, { capture: true, passive: true });
  function stop(): void {
    done = true;
    cancelIdle();
    for (const type of interactions) removeEventListener(type, fire, { capture: true });
  }
  function fire(): void {
    if (done) return;
    stop();
    callback();
  }
  return stop;
}
