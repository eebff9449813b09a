/**
 * A timeline as text and back: the HTTP lesson pages compute their default run
 * at build time and hand it to the widget as a prop, so the page does not ship
 * the simulator until the reader turns a knob. Bytes travel as base64.
 */
import type { Timeline } from '../sim';

const BYTES = '$bytes';

/** `timeline` as JSON; throws on a number JSON cannot hold (Infinity, NaN), which would come back changed. */
export function timelineToJson(timeline: Timeline): string {
  // A recorded transfer's bytes, fields and layers are getters on its prototype (encoded on first read): copy them out.
  const transfers = timeline.transfers.map((t) => ({ ...t, bytes: t.bytes, fields: t.fields, ...(t.layers ? { layers: t.layers } : {}) }));
  return JSON.stringify({ ...timeline, transfers }, (_key, value: unknown) => {
    if (value instanceof Uint8Array) return { [BYTES]: btoa(String.fromCharCode(...value)) };
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`timelineToJson: ${value} does not survive JSON`);
    return value;
  });
}

/** The timeline `timelineToJson` wrote. */
export function timelineFromJson(json: string): Timeline {
  return JSON.parse(json, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && BYTES in value) {
      const text = atob((value as Record<string, string>)[BYTES]!);
      return Uint8Array.from(text, (c) => c.charCodeAt(0));
    }
    return value;
  }) as Timeline;
}
