/**
 * A timeline as text and back: the HTTP lesson pages compute their default run
 * at build time and hand it to the widget as a prop, so the page does not ship
 * the simulator until the reader turns a knob. Bytes travel as base64.
 */
import type { Timeline } from '../sim';

const BYTES = '$bytes';

/** `timeline` as JSON; throws on a number JSON cannot hold (Infinity, NaN), which would come back changed. */
export function timelineToJson(timeline: Timeline): string {
  return dataToJson(timeline);
}

/** Any simulator data (class instances with getters, Uint8Array bytes) as JSON, the way `timelineToJson` writes a timeline. */
export function dataToJson(data: unknown): string {
  return JSON.stringify(plain(data), (_key, value: unknown) => {
    if (value instanceof Uint8Array) return { [BYTES]: btoa(String.fromCharCode(...value)) };
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`timelineToJson: ${value} does not survive JSON`);
    return value;
  });
}

/**
 * `value` as plain data: the simulator records steps and transfers as class instances whose captions, bytes, fields
 * and layers are getters on the prototype (built on first read), which JSON would leave out; they are read here.
 */
function plain(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map(plain);
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) out[key] = plain(record[key]);
  for (let proto = Object.getPrototypeOf(value) as object | null; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
      if (descriptor.get && !(key in out) && record[key] !== undefined) out[key] = plain(record[key]);
    }
  }
  return out;
}

/** The timeline `timelineToJson` wrote. */
export function timelineFromJson(json: string): Timeline {
  return dataFromJson<Timeline>(json);
}

/** The data `dataToJson` wrote (the caller names its type). */
export function dataFromJson<T>(json: string): T {
  return JSON.parse(json, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && BYTES in value) {
      const text = atob((value as Record<string, string>)[BYTES]!);
      return Uint8Array.from(text, (c) => c.charCodeAt(0));
    }
    return value;
  }) as T;
}
