/**
 * A timeline as text and back: the HTTP lesson pages compute their default run
 * at build time and hand it to the widget as a prop, so the page does not ship
 * the simulator until the reader turns a knob. Bytes travel as base64, and
 * whatever repeats (requests, header fields, captions) travels once.
 */
import type { Timeline } from '../sim';

const BYTES = '$bytes';
const REF = '$r';
const TABLE = '$t';
const SHAPES = '$k';
const SHAPED = '$o';

/** `timeline` as JSON; throws on a number JSON cannot hold (Infinity, NaN), which would come back changed. */
export function timelineToJson(timeline: Timeline): string {
  return dataToJson(timeline);
}

/** Any simulator data (class instances with getters, Uint8Array bytes) as JSON, the way `timelineToJson` writes a timeline. */
export function dataToJson(data: unknown): string {
  const tree: unknown = JSON.parse(
    JSON.stringify(plain(data), (_key, value: unknown) => {
      if (value instanceof Uint8Array) return { [BYTES]: btoa(String.fromCharCode(...value)) };
      if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`timelineToJson: ${value} does not survive JSON`);
      return value;
    }),
  );
  return JSON.stringify(interned(tree));
}

/** Fewest keys worth a shape: `{"$o":[3,…]}` costs about as much as two short keys. */
const MIN_SHAPED_KEYS = 3;

/** Shortest repeat worth a reference: `{"$r":12}` is 9 characters. */
const MIN_INTERNED = 16;

/**
 * `tree` with every object or array that occurs more than once written once, in a table, and referred to by index
 * (`{"$r":i}`) wherever it occurs: a run repeats the same request, the same header fields and the same captions
 * many times, and the page carries the run in its HTML (issue 14: the field annotations were most of it).
 * Entries refer only to earlier entries, so a reader resolves the table in one pass.
 */
function interned(tree: unknown): { readonly [TABLE]: unknown[]; readonly [SHAPES]: string[][]; readonly v: unknown } {
  const texts = new Map<object, string>();
  const counts = new Map<string, number>();
  const textOf = (node: unknown): string => {
    if (node === null || typeof node !== 'object') return JSON.stringify(node);
    const text = Array.isArray(node)
      ? `[${node.map(textOf).join(',')}]`
      : `{${Object.entries(node).map(([key, value]) => `${JSON.stringify(key)}:${textOf(value)}`).join(',')}}`;
    texts.set(node, text);
    counts.set(text, (counts.get(text) ?? 0) + 1);
    return text;
  };
  textOf(tree);
  const table: unknown[] = [];
  const index = new Map<string, number>();
  const write = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object') return node;
    const text = texts.get(node)!;
    const known = index.get(text);
    if (known !== undefined) return { [REF]: known };
    const out = Array.isArray(node) ? node.map(write) : shaped(node as Record<string, unknown>);
    if (counts.get(text)! < 2 || text.length < MIN_INTERNED) return out;
    index.set(text, table.length);
    table.push(out);
    return { [REF]: table.length - 1 };
  };
  // An object with several keys is written as its shape's index and its values (`{"$o":[shape, ...values]}`):
  // a run has thousands of steps and fields with the same few keys.
  const shapes: string[][] = [];
  const shapeIndex = new Map<string, number>();
  const shaped = (node: Record<string, unknown>): unknown => {
    const keys = Object.keys(node);
    if (keys.length < MIN_SHAPED_KEYS) return Object.fromEntries(keys.map((key) => [key, write(node[key])]));
    const id = keys.join(',');
    let shape = shapeIndex.get(id);
    if (shape === undefined) {
      shape = shapes.length;
      shapeIndex.set(id, shape);
      shapes.push(keys);
    }
    return { [SHAPED]: [shape, ...keys.map((key) => write(node[key]))] };
  };
  const v = write(tree);
  return { [TABLE]: table, [SHAPES]: shapes, v };
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

/** The data `dataToJson` wrote (the caller names its type); repeated parts come back as one shared, read-only object. */
export function dataFromJson<T>(json: string): T {
  const { [TABLE]: table, [SHAPES]: shapes, v } = JSON.parse(json) as { [TABLE]: unknown[]; [SHAPES]: string[][]; v: unknown };
  const resolved: unknown[] = [];
  const read = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map(read);
    const record = node as Record<string, unknown>;
    if (REF in record) return resolved[record[REF] as number];
    if (BYTES in record) return Uint8Array.from(atob(record[BYTES] as string), (c) => c.charCodeAt(0));
    const out: Record<string, unknown> = {};
    if (SHAPED in record) {
      const [shape, ...values] = record[SHAPED] as [number, ...unknown[]];
      shapes[shape]!.forEach((key, i) => (out[key] = read(values[i])));
      return out;
    }
    for (const key in record) out[key] = read(record[key]);
    return out;
  };
  for (const entry of table) resolved.push(read(entry));
  return read(v) as T;
}
