/**
 * A timeline as plain data, for comparing two timelines (determinism, lazy ==
 * eager): every transfer and step with all its fields as own properties. A
 * recorded transfer or step reads most of its fields through getters (its
 * times from the builder's columns, its kind from its class, its caption on
 * demand), which a spread copy and `toEqual` leave out.
 */
import type { Step, Timeline, Transfer } from './types';

/** `transfer` with every `Transfer` field an own property (bytes, fields and layers read out). */
export function plainTransfer(transfer: Transfer): Transfer {
  const { id, kind, from, to, connection, sentAt, arrivedAt, bytes, fields, headerBytes, payloadBytes, summary, carries, lost, layers } = transfer;
  return {
    id, kind, from, to, connection, sentAt, arrivedAt, bytes, fields, headerBytes, payloadBytes, summary, carries,
    ...(lost === undefined ? {} : { lost }), ...(layers === undefined ? {} : { layers }),
  };
}

/** `step` with its own fields and every getter its class defines (kind, time, caption …) as own properties. */
export function plainStep(step: Step): Step {
  const out: Record<string, unknown> = { ...step };
  for (let proto = Object.getPrototypeOf(step) as object | null; proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
      if (descriptor.get !== undefined && !(key in out)) out[key] = (step as unknown as Record<string, unknown>)[key];
    }
  }
  return out as unknown as Step;
}

/** `timeline` with plain transfers and steps. */
export function plainTimeline(timeline: Timeline): Timeline {
  return { ...timeline, steps: timeline.steps.map(plainStep), transfers: timeline.transfers.map(plainTransfer) };
}
