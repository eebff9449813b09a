/**
 * A session as a transcript at the HTTP / WebSocket level, the shape the
 * transcript tests compare a real client ↔ server session with: each HTTP
 * exchange (request and its answer, with their engine.io or SockJS bodies)
 * and each WebSocket message, with session ids normalised. Exchanges are put
 * in lanes — polling GETs, POSTs, upgrades, WebSocket messages each way —
 * because within a lane the order is fixed by the protocol, while the order
 * across lanes (separate TCP connections) depends on timing a real run does
 * not repeat.
 */
import { decodeUtf8, encodeUtf8 } from '../../bytes/utf8';
import { decodeEngineIoPayload } from '../../engineio/decodePayload';
import { encodeEngineIoPacket } from '../../engineio/encodePacket';
import { parseRequest } from '../../http/parseRequest';
import { parseResponse } from '../../http/parseResponse';
import { parseResponseHead } from '../../http/parseResponseHead';
import type { Timeline } from '../../timeline/types';
import { decodeFrame } from '../../ws/decodeFrame';
import { OPCODE_CLOSE } from '../../ws/opcodes';
import { queryParams } from './sioNode';

/** One thing seen on the wire. */
export type WireRecord =
  | { readonly kind: 'http'; readonly method: string; readonly target: string; readonly requestBody: string; readonly status: number; readonly responseBody: string }
  | { readonly kind: 'ws'; readonly up: boolean; readonly text: string | undefined };

/** How bodies are shown: engine.io payloads split into packets, or SockJS text as it is. */
export type TranscriptDialect = 'engineio' | 'sockjs';

/** Lane name → its entries, in order. */
export type TranscriptLanes = Record<string, string[]>;

const SID = /"sid":"[^"]*"/g;
const normalise = (text: string): string => text.replace(SID, '"sid":"<sid>"');

function engineIoBody(body: string): string {
  if (body === '') return '';
  const decoded = decodeEngineIoPayload(encodeUtf8(body));
  if (!decoded.ok) return normalise(body);
  return decoded.packets.map((p) => normalise(decodeUtf8(encodeEngineIoPacket(p, { transport: 'polling' }).bytes))).join(' | ');
}

/** Where an HTTP exchange belongs, and how it reads. */
function httpEntry(r: Extract<WireRecord, { kind: 'http' }>, dialect: TranscriptDialect): [string, string] {
  const query = queryParams(r.target);
  const path = r.target.split('?')[0]!;
  if (dialect === 'engineio') {
    const transport = query.get('transport') ?? '?';
    if (transport === 'websocket') return ['upgrade', `GET websocket${query.has('sid') ? '&sid' : ''} → ${r.status}`];
    const body = (s: number, text: string) => (s === 200 ? engineIoBody(text) : normalise(text));
    return [`polling ${r.method}`, `${r.method} ${engineIoBody(r.requestBody)} → ${r.status} ${body(r.status, r.responseBody)}`.trim()];
  }
  // SockJS: /<prefix>/<server>/<session>/<transport>, or /<prefix>/info.
  const parts = path.split('/').filter((p) => p !== '');
  const last = parts.at(-1) ?? '';
  if (last === 'info') return ['info', `${r.method} info → ${r.status}`];
  if (last === 'websocket') return ['upgrade', `GET websocket → ${r.status}`];
  const lane = last === 'xhr_send' ? 'xhr_send' : last;
  const shown = last === 'xhr_streaming' ? r.responseBody.replace(/^h{2048}\n/, '<prelude>\n') : r.responseBody;
  return [lane, `${r.method} ${r.requestBody} → ${r.status} ${JSON.stringify(shown)}`.trim()];
}

/** Groups `records` into lanes. */
export function transcriptLanes(records: readonly WireRecord[], dialect: TranscriptDialect): TranscriptLanes {
  const lanes: TranscriptLanes = {};
  const add = (lane: string, entry: string) => (lanes[lane] ??= []).push(entry);
  for (const r of records) {
    if (r.kind === 'http') add(...httpEntry(r, dialect));
    else add(r.up ? 'ws up' : 'ws down', r.text === undefined ? 'Close' : normalise(r.text));
  }
  return lanes;
}

/** The wire records of a simulated timeline: each request paired with the answer on its connection, each frame decoded. */
export function timelineRecords(timeline: Timeline): WireRecord[] {
  const records: WireRecord[] = [];
  const pending = new Map<number, { method: string; target: string; body: string }>();
  // A streamed answer: its record, whose body grows chunk by chunk.
  const streams = new Map<number, { responseBody: string }>();
  for (const t of timeline.transfers) {
    if (t.lost) continue;
    if (t.kind === 'http-request') {
      const parsed = parseRequest(t.bytes);
      if (parsed.ok) pending.set(t.connection, { method: parsed.value.method, target: parsed.value.target, body: decodeUtf8(parsed.value.body ?? new Uint8Array(0)) });
    } else if (t.kind === 'http-response') {
      const request = pending.get(t.connection);
      const parsed = parseResponse(t.bytes);
      if (!request || !parsed.ok) continue;
      pending.delete(t.connection);
      records.push({ kind: 'http', method: request.method, target: request.target, requestBody: request.body, status: parsed.value.status, responseBody: decodeUtf8(parsed.value.body ?? new Uint8Array(0)) });
    } else if (t.kind === 'http-response-head') {
      const request = pending.get(t.connection);
      const parsed = parseResponseHead(t.bytes);
      if (!request || !parsed.ok) continue;
      pending.delete(t.connection);
      const record = { kind: 'http' as const, method: request.method, target: request.target, requestBody: request.body, status: parsed.value.status, responseBody: '' };
      records.push(record);
      streams.set(t.connection, record);
    } else if (t.kind === 'http-chunk') {
      const record = streams.get(t.connection);
      const text = decodeUtf8(t.bytes);
      const data = text.slice(text.indexOf('\r\n') + 2, -2);
      if (record) record.responseBody += data;
    } else if (t.kind === 'ws-frame') {
      const frame = decodeFrame(t.bytes, { role: t.from.startsWith('client') ? 'server' : 'client' });
      if (!frame.ok) continue;
      records.push({ kind: 'ws', up: t.from.startsWith('client'), text: frame.frame.opcode === OPCODE_CLOSE ? undefined : decodeUtf8(frame.frame.payload) });
    }
  }
  return records;
}
