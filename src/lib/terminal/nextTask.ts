/**
 * Resolves in a new task of the main thread, so the browser can paint and handle input in between:
 * a long set-up split at each `await nextTask()` never blocks the page for long at a time.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
