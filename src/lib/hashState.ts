/**
 * Deep links into a player: `#step=12` (the 12th step as the reader sees it,
 * 1-based; `step=0` is "before the first step") or `#t=1234.5` (simulated ms).
 * Other keys (`sel=5`, keys another widget owns) pass through untouched.
 * A second player on a page takes a scope, so its keys are `sockjs.step` and
 * `sockjs.t` and the two never read each other's position.
 * Parsing never throws: a malformed position is dropped and reads as "start".
 */

/** Where a link points in a timeline. */
export type HashPosition =
  | { readonly kind: 'start' }
  | { readonly kind: 'step'; readonly step: number }
  | { readonly kind: 't'; readonly time: number };

/** A parsed hash: our position plus every other `key=value` part, verbatim and in order. */
export interface HashState {
  readonly position: HashPosition;
  readonly others: readonly string[];
}

const STEP_KEY = 'step';
const TIME_KEY = 't';
// Digits only: no sign, exponent, hex or whitespace, so "1e3", "-4" and " 7" are malformed.
const STEP_PATTERN = /^\d{1,9}$/;
const TIME_PATTERN = /^\d{1,12}(\.\d{1,6})?$/;
// One decimal of a millisecond is finer than any latency the lessons show.
const TIME_DECIMALS = 10;

/** The keys a player owns: `step` and `t`, or `<scope>.step` and `<scope>.t`. */
export function hashKeys(scope = ''): { readonly step: string; readonly t: string } {
  return scope === '' ? { step: STEP_KEY, t: TIME_KEY } : { step: `${scope}.${STEP_KEY}`, t: `${scope}.${TIME_KEY}` };
}

/** Reads `location.hash` (with or without the leading "#"), for the player with this scope. */
export function parseHashState(hash: string, scope = ''): HashState {
  const keys = hashKeys(scope);
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  let position: HashPosition = { kind: 'start' };
  const others: string[] = [];
  for (const part of body.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq === -1 ? part : part.slice(0, eq);
    const value = eq === -1 ? '' : part.slice(eq + 1);
    if (key === keys.step) {
      if (position.kind === 'start' && STEP_PATTERN.test(value)) position = { kind: 'step', step: Number(value) };
    } else if (key === keys.t) {
      if (position.kind === 'start' && TIME_PATTERN.test(value)) position = { kind: 't', time: Number(value) };
    } else {
      others.push(part);
    }
  }
  return { position, others };
}

/** Writes a hash ("#step=12&sel=5"), or "" when there is nothing to say; a scoped position goes after the others. */
export function formatHashState(state: HashState, scope = ''): string {
  const position = positionPart(state.position, hashKeys(scope));
  // The page's main player keeps `step=` first, as links have always been written; a scoped one keeps its place after.
  const parts = scope === '' ? [...position, ...state.others] : [...state.others, ...position];
  return parts.length === 0 ? '' : `#${parts.join('&')}`;
}

function positionPart(position: HashPosition, keys: ReturnType<typeof hashKeys>): string[] {
  switch (position.kind) {
    case 'start':
      return [];
    case 'step':
      return [`${keys.step}=${Math.max(0, Math.round(position.step))}`];
    case 't':
      return [`${keys.t}=${Math.max(0, Math.round(position.time * TIME_DECIMALS) / TIME_DECIMALS)}`];
  }
}
