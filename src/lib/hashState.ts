/**
 * Deep links into a player: `#step=12` (the 12th step as the reader sees it,
 * 1-based; `step=0` is "before the first step") or `#t=1234.5` (simulated ms).
 * Other keys (`sel=5`, keys another widget owns) pass through untouched.
 * A second player on a page takes a key prefix (`sockjs.`), so its keys are
 * `sockjs.step` and `sockjs.t` and the two never read each other's position.
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

/** Reads `location.hash` (with or without the leading "#"), for the player whose keys start with `prefix`. */
export function parseHashState(hash: string, prefix = ''): HashState {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  let position: HashPosition = { kind: 'start' };
  const others: string[] = [];
  for (const part of body.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq === -1 ? part : part.slice(0, eq);
    const value = eq === -1 ? '' : part.slice(eq + 1);
    if (key === prefix + STEP_KEY) {
      if (position.kind === 'start' && STEP_PATTERN.test(value)) position = { kind: 'step', step: Number(value) };
    } else if (key === prefix + TIME_KEY) {
      if (position.kind === 'start' && TIME_PATTERN.test(value)) position = { kind: 't', time: Number(value) };
    } else {
      others.push(part);
    }
  }
  return { position, others };
}

/** Writes a hash ("#step=12&sel=5"), or "" when there is nothing to say; `prefix` as for parseHashState. */
export function formatHashState(state: HashState, prefix = ''): string {
  const parts = [...positionPart(state.position, prefix), ...state.others];
  return parts.length === 0 ? '' : `#${parts.join('&')}`;
}

function positionPart(position: HashPosition, prefix: string): string[] {
  switch (position.kind) {
    case 'start':
      return [];
    case 'step':
      return [`${prefix}${STEP_KEY}=${Math.max(0, Math.round(position.step))}`];
    case 't':
      return [`${prefix}${TIME_KEY}=${Math.max(0, Math.round(position.time * TIME_DECIMALS) / TIME_DECIMALS)}`];
  }
}
