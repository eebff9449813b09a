/**
 * What the inspector's layer view draws for a transfer that carries inner
 * messages (`Transfer.layers`, DESIGN §3a): one band per layer over the same
 * bytes, each with its fields as segments, and how many bytes each layer adds
 * around the next one in. Generic over protocols: a STOMP frame in a
 * WebSocket frame, a Socket.IO packet in an engine.io packet, a segment's
 * payload in TCP — whatever the layers say.
 */
import type { Field, LayerProtocol, Transfer, TransferLayer } from '../../sim/timeline/types';

/** One field drawn as a segment of its band, in percent of the whole message. */
export interface BandSegment {
  readonly name: string;
  readonly value: string;
  readonly left: number;
  readonly width: number;
  readonly alt: boolean;
}

/** One layer as the stack draws it. */
export interface LayerBand {
  readonly index: number;
  readonly protocol: LayerProtocol;
  readonly start: number;
  readonly end: number;
  /** Bytes this layer adds around what it carries (its own header and trailer); for the innermost, all but its body. */
  readonly added: number;
  /** Where the band sits, in percent of the message. */
  readonly left: number;
  readonly width: number;
  readonly segments: readonly BandSegment[];
}

/** The stack for one transfer: bands outermost first, and the application payload the innermost carries. */
export interface LayerStack {
  readonly total: number;
  readonly bands: readonly LayerBand[];
  /** Bytes of the innermost layer's body: what the application sent. */
  readonly payload: number;
}

/** Field names that hold the application's own bytes, whatever the protocol calls them. */
const BODY_FIELDS = /*#__PURE__*/ new Set(['body', 'payload', 'data']);

const pct = (x: number, total: number): number => (total === 0 ? 0 : (100 * x) / total);

/** Fields merged by byte range: bit fields sharing a byte become one span named "fin · rsv1 · … · opcode". */
function byteSpans(fields: readonly Field[]): { name: string; value: string; start: number; end: number }[] {
  const spans: { name: string; value: string; start: number; end: number }[] = [];
  for (const f of fields) {
    const last = spans.at(-1);
    if (last && last.start === f.start && last.end === f.end) {
      last.name += ` · ${f.name}`;
      last.value += ` ${f.value}`;
    } else spans.push({ name: f.name, value: f.value, start: f.start, end: f.end });
  }
  return spans;
}

/** Whether a transfer has more than one layer to show. */
export function hasLayers(transfer: Transfer): boolean {
  return (transfer.layers?.length ?? 0) > 1;
}

/** Builds the stack of `transfer`'s layers (empty when it has none). */
export function layerStack(transfer: Transfer): LayerStack {
  const layers = transfer.layers ?? [];
  const total = transfer.headerBytes + transfer.payloadBytes;
  let payload = 0;
  const bands = layers.map((layer, index): LayerBand => {
    const [start, end] = layer.range;
    const inner = layers[index + 1];
    const body = layer.fields.filter((f) => BODY_FIELDS.has(f.name) && f.bitStart === undefined).reduce((n, f) => n + f.end - f.start, 0);
    const carried = inner ? inner.range[1] - inner.range[0] : body;
    if (!inner) payload = body;
    return {
      index,
      protocol: layer.protocol,
      start,
      end,
      added: end - start - carried,
      left: pct(start, total),
      width: pct(end - start, total),
      segments: byteSpans(layer.fields).map((f, i) => ({ name: f.name, value: f.value, left: pct(f.start, total), width: pct(f.end - f.start, total), alt: i % 2 === 1 })),
    };
  });
  return { total, bands, payload };
}

/**
 * The fields to list and highlight when layer `index` is chosen: its own fields, plus the fields of the layers
 * around it that lie outside its range (the frame header around a STOMP frame), so together they tile every byte.
 */
export function layerFields(layers: readonly TransferLayer[], index: number): Field[] {
  const chosen = layers[index];
  if (chosen === undefined) return [];
  const [start, end] = chosen.range;
  const around = layers.slice(0, index).flatMap((l) => l.fields.filter((f) => f.end <= start || f.start >= end));
  // Keep only the outermost field for any byte range two outer layers both describe.
  const kept: Field[] = [];
  for (const f of around) if (!kept.some((k) => k.start === f.start && k.end === f.end && k.bitStart === f.bitStart)) kept.push(f);
  return [...kept, ...chosen.fields].sort((a, b) => a.start - b.start || (a.bitStart ?? 0) - (b.bitStart ?? 0));
}

/**
 * The bytes to show with layer `index`: the transfer's bytes, with a masked WebSocket payload unmasked so the
 * inner message reads as its fields describe it (RFC 6455 §5.3: the same XOR masks and unmasks). `unmasked`
 * says whether anything changed, so the view can say that these are not the bytes on the wire.
 */
export function layerBytes(transfer: Transfer, index: number): { readonly bytes: Uint8Array; readonly unmasked: boolean } {
  const layers = transfer.layers ?? [];
  const bytes = transfer.bytes;
  if (index === 0) return { bytes, unmasked: false };
  const ws = layers.slice(0, index).find((l) => l.protocol === 'ws');
  const key = ws?.fields.find((f) => f.name === 'masking-key');
  const payload = ws?.fields.find((f) => f.name === 'payload');
  if (key === undefined || payload === undefined) return { bytes, unmasked: false };
  const out = Uint8Array.from(bytes);
  for (let i = payload.start; i < payload.end; i++) out[i] = bytes[i]! ^ bytes[key.start + ((i - payload.start) % 4)]!;
  return { bytes: out, unmasked: true };
}
