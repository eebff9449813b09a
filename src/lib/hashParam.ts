/**
 * One widget's value in the URL hash, beside the player's `step=`: the handshake
 * stepper's `case=`, the frame gallery's `frame=`, the fragment demo's
 * `fragment=`. Every other `key=value` part passes through untouched and in
 * order, so several widgets share one hash. Reading never throws: an absent,
 * malformed or unknown value reads as undefined and the widget keeps its default.
 */

// Index links are 1-based, as the steps read on screen; digits only, like `#step=`.
const INDEX_PATTERN = /^\d{1,9}$/;

function parts(hash: string): string[] {
  return (hash.startsWith('#') ? hash.slice(1) : hash).split('&').filter((part) => part !== '');
}

function keyOf(part: string): string {
  const eq = part.indexOf('=');
  return eq === -1 ? part : part.slice(0, eq);
}

/** The raw value of `key` in `hash` (the first one), or undefined. */
export function hashParam(hash: string, key: string): string | undefined {
  const part = parts(hash).find((p) => keyOf(p) === key);
  return part === undefined ? undefined : part.slice(key.length + 1);
}

/** `hash` with `key` set to `value` (in place if present, else last), or removed when `value` is undefined. */
export function withHashParam(hash: string, key: string, value: string | number | undefined): string {
  const kept = parts(hash);
  const at = kept.findIndex((p) => keyOf(p) === key);
  const rest = kept.filter((p) => keyOf(p) !== key);
  if (value !== undefined) rest.splice(at === -1 ? rest.length : at, 0, `${key}=${value}`);
  return rest.length === 0 ? '' : `#${rest.join('&')}`;
}

/** The 0-based index a 1-based `key=N` names, clamped to `count` items; undefined if absent, malformed or there are none. */
export function hashIndex(hash: string, key: string, count: number): number | undefined {
  const value = hashParam(hash, key);
  if (value === undefined || !INDEX_PATTERN.test(value) || count < 1) return undefined;
  return Math.min(count, Math.max(1, Number(value))) - 1;
}

/** The option `key=` names, if it is one of `options`. */
export function hashChoice<T extends string | number>(hash: string, key: string, options: readonly T[]): T | undefined {
  const value = hashParam(hash, key);
  return options.find((option) => String(option) === value);
}
