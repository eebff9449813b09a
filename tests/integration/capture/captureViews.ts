/**
 * What the capture test compares, per TCP connection: the HTTP request lines
 * and status codes, the WebSocket frames (opcode, FIN, MASK), messages
 * (unmasked text and binary payloads), close codes and reasons, TLS records,
 * and each direction's byte stream. `viewFromTimeline` reads them from the
 * timeline with the project's codecs; `viewFromTshark` from tshark's fields.
 */
import {
  OPCODE_BINARY, OPCODE_CLOSE, OPCODE_CONTINUATION, OPCODE_TEXT, decodeFrame, decodeTcpSegment, decodeUtf8, parseClosePayload,
  securedConnections, type CapturedPacket, type Timeline,
} from '../../../src/sim/index';
import { connectionKey, type TsharkRow } from './readWithTshark';

/** One connection's dissected content. */
export interface ConnectionView {
  requests: string[];
  responses: number[];
  /** "opcode fin mask" per frame, e.g. "1 1 0". */
  frames: string[];
  texts: string[];
  binaries: string[];
  closeCodes: number[];
  closeReasons: string[];
  /** "content-type length" per TLS record. */
  tls: string[];
  /** Each sender's bytes, in order, as hex (plain connections only: a TLS stand-in has nothing to compare with). */
  streams: Record<string, string>;
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const empty = (): ConnectionView => ({ requests: [], responses: [], frames: [], texts: [], binaries: [], closeCodes: [], closeReasons: [], tls: [], streams: {} });
const ip = (bytes: Uint8Array, at: number): string => [...bytes.subarray(at, at + 4)].join('.');
const TLS13_EXPANSION = 17;
const TLS_APPLICATION_DATA = 23;

/** The view of every connection the capture carries, read from the timeline's transfers. */
export function viewFromTimeline(timeline: Timeline, packets: readonly CapturedPacket[]): Map<string, ConnectionView> {
  const keyOf = new Map<number, string>();
  const endOf = new Map<string, string>();
  const carried = new Set<number>();
  for (const p of packets) {
    const from = `${ip(p.bytes, 12)}:${p.segment.srcPort}`;
    keyOf.set(p.segment.connection, connectionKey(from, `${ip(p.bytes, 16)}:${p.segment.dstPort}`));
    endOf.set(`${p.segment.connection}:${p.segment.from}`, from);
    if (p.segment.transferId !== undefined) carried.add(p.segment.transferId);
  }
  const secured = securedConnections(timeline);
  const views = new Map<string, ConnectionView>();
  const message = new Map<string, { opcode: number; parts: Uint8Array[] }>();
  for (const t of timeline.transfers) {
    const key = keyOf.get(t.connection);
    if (key === undefined || !carried.has(t.id)) continue;
    const view = views.get(key) ?? empty();
    views.set(key, view);
    if (secured.has(t.connection)) {
      view.tls.push(`${TLS_APPLICATION_DATA} ${t.bytes.length + TLS13_EXPANSION}`);
      continue;
    }
    const from = endOf.get(`${t.connection}:${t.from}`)!;
    const data = t.kind === 'tcp-segment' ? (decodeTcpSegment(t.bytes) as { ok: true; segment: { payload: Uint8Array } }).segment.payload : t.bytes;
    if (data.length > 0) view.streams[from] = (view.streams[from] ?? '') + hex(data);
    const firstLine = (): string => decodeUtf8(t.bytes.subarray(0, t.bytes.indexOf(0x0d)));
    if (t.kind === 'http-request') view.requests.push(firstLine().split(' ').slice(0, 2).join(' '));
    if (t.kind === 'http-response' || t.kind === 'http-response-head') view.responses.push(Number(firstLine().split(' ')[1]));
    if (t.kind !== 'ws-frame') continue;
    // Read the frame as the side that accepts its MASK bit would, so a masked server frame (a fault) still decodes.
    const decoded = decodeFrame(t.bytes, { role: (t.bytes[1]! & 0x80) !== 0 ? 'server' : 'client' });
    if (!decoded.ok) throw new Error(`the timeline's frame ${t.id} does not decode`);
    const frame = decoded.frame;
    view.frames.push(`${frame.opcode} ${frame.fin ? 1 : 0} ${frame.maskingKey ? 1 : 0}`);
    if (frame.opcode === OPCODE_CLOSE && frame.payload.length >= 2) {
      const close = parseClosePayload(frame.payload);
      if (close.ok) {
        view.closeCodes.push(close.code);
        if (close.reason !== '') view.closeReasons.push(close.reason);
      }
    }
    const lane = `${key} ${from}`;
    if (frame.opcode === OPCODE_TEXT || frame.opcode === OPCODE_BINARY) message.set(lane, { opcode: frame.opcode, parts: [frame.payload] });
    else if (frame.opcode === OPCODE_CONTINUATION) message.get(lane)?.parts.push(frame.payload);
    else continue;
    const open = message.get(lane);
    if (!frame.fin || open === undefined) continue;
    const whole = Buffer.concat(open.parts);
    if (open.opcode === OPCODE_TEXT) view.texts.push(new TextDecoder('utf-8').decode(whole));
    else view.binaries.push(hex(whole));
    message.delete(lane);
  }
  return withoutEmpty(views);
}

/** Drops connections that carried nothing to compare (a SYN answered by RST). */
function withoutEmpty(views: Map<string, ConnectionView>): Map<string, ConnectionView> {
  for (const [key, view] of views) if (Object.values(view).every((x) => (Array.isArray(x) ? x.length === 0 : Object.keys(x).length === 0))) views.delete(key);
  return views;
}

/** The same view, from what tshark dissected. */
export function viewFromTshark(rows: readonly TsharkRow[], tlsKeys: ReadonlySet<string>): Map<string, ConnectionView> {
  const views = new Map<string, ConnectionView>();
  for (const row of rows) {
    const view = views.get(row.connectionKey) ?? empty();
    const v = row.values;
    const payload = v('tcp.payload')[0];
    views.set(row.connectionKey, view);
    if (payload !== undefined && !tlsKeys.has(row.connectionKey)) view.streams[row.from] = (view.streams[row.from] ?? '') + payload;
    const uris = v('http.request.uri');
    v('http.request.method').forEach((method, i) => view.requests.push(`${method} ${uris[i]}`));
    view.responses.push(...v('http.response.code').map(Number));
    const opcodes = v('websocket.opcode');
    const fins = v('websocket.fin');
    const masks = v('websocket.mask');
    opcodes.forEach((opcode, i) => view.frames.push(`${opcode} ${fins[i] === 'True' || fins[i] === '1' ? 1 : 0} ${masks[i] === 'True' || masks[i] === '1' ? 1 : 0}`));
    view.texts.push(...v('websocket.payload.text'));
    if (opcodes.length > 0) view.binaries.push(...v('data.data'));
    view.closeCodes.push(...v('websocket.payload.close.status_code').map(Number));
    view.closeReasons.push(...v('websocket.payload.close.reason'));
    const types = v('tls.record.content_type');
    const lengths = v('tls.record.length');
    types.forEach((type, i) => view.tls.push(`${type} ${lengths[i]}`));
  }
  return withoutEmpty(views);
}
