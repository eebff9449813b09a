// The ends act on what the sender wrote instead of parsing every message again (see SioMessage): these properties
// hold that to what the readers make of the bytes, for every fault, and that each deferred message's bytes are
// exactly as long as the size it was timed with.
import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../../bytes/utf8';
import { decodeEngineIoPacket } from '../../engineio/decodePacket';
import { decodeEngineIoPayload } from '../../engineio/decodePayload';
import type { EngineIoPacket } from '../../engineio/types';
import { parseRequest } from '../../http/parseRequest';
import { parseResponse } from '../../http/parseResponse';
import { decodeSocketIoPacket } from '../../socketio/decodePacket';
import type { Transfer } from '../../timeline/types';
import { decodeFrame } from '../../ws/decodeFrame';
import { defaultParams } from '../defaultParams';
import { SCENARIO_FAULTS } from '../scenarioFaults';
import type { SocketIoParams } from '../scenarioParams';
import { runSocketIo } from './runSocketIo';
import { queryParams } from './sioNode';
import { SioMessagePacket } from './sioMessagePacket';
import type { SioMessage } from './sioWire';

// A bare type digit reads back as a packet without data.
const asRead = (p: EngineIoPacket): EngineIoPacket => (p.data === undefined || p.data === '' ? { type: p.type } : { type: p.type, data: p.data });

/** A Socket.IO packet the sender handed along reads back from its text as the same packet. */
function checkCarried(packets: readonly EngineIoPacket[]): number {
  let carried = 0;
  for (const p of packets) {
    if (!(p instanceof SioMessagePacket)) continue;
    const read = decodeSocketIoPacket(encodeUtf8(p.data));
    // Field by field: a tick kept as its payload parses its data on request (a getter toEqual would not see).
    const { type, nsp, id, data, attachments } = p.sio;
    expect(read.ok && read.packet).toEqual({ type, nsp, id, data, attachments });
    carried++;
  }
  return carried;
}

function sessions(): [string, SocketIoParams][] {
  const d = defaultParams('socketio');
  const many = { kind: 'periodic', periodMs: 300, startMs: 500, count: 30 } as const;
  const emits = [{ at: 100, ack: true }, { at: 900, ack: false }, { at: 910, ack: true }, { at: 4000, ack: true }];
  return SCENARIO_FAULTS.socketio.flatMap((fault): [string, SocketIoParams][] => [
    [`${fault}`, { ...d, fault }],
    [`${fault}, websocket only`, { ...d, fault, transports: 'websocket' }],
    [`${fault}, busy, no tick acks`, { ...d, fault, seed: 3, tickAck: false, events: many, clientEmits: emits, durationMs: 12_000 }],
    [`${fault}, a payload over maxPayload`, { ...d, fault, seed: 5, payloadBytes: 300, maxPayload: 120, network: { ...d.network, jitterMs: 20 } }],
  ]);
}

function check(t: Transfer, msg: SioMessage): void {
  expect(t.bytes.length).toBe(t.headerBytes + t.payloadBytes);
  // A polling message writes its label when the transfer's is read: the label its sender would have given.
  expect(t.summary).toBe(t.lost ? `${msg.summary} · lost` : msg.summary);
  if (t.kind === 'ws-frame') {
    const frame = decodeFrame(t.bytes, { role: t.from === 'client' ? 'server' : 'client' });
    if (!frame.ok) throw new Error(`frame ${t.id} does not decode`);
    if (msg.packets === undefined) return;
    const read = decodeEngineIoPacket(frame.frame.payload);
    expect(read.ok && read.packet).toEqual(asRead(msg.packets[0]!));
    return;
  }
  if (msg.poll) {
    const read = parseRequest(t.bytes);
    if (!read.ok) throw new Error(`request ${t.id} does not parse`);
    const query = queryParams(read.value.target);
    expect([read.value.method, query.get('transport'), query.get('sid')]).toEqual([msg.poll.method, 'polling', msg.poll.sid]);
    if (msg.poll.method === 'POST') {
      const payload = decodeEngineIoPayload(read.value.body!);
      expect(payload.ok && payload.packets).toEqual(msg.packets!.map(asRead));
    }
  }
  if (msg.status !== undefined) {
    const read = parseResponse(t.bytes);
    if (!read.ok) throw new Error(`response ${t.id} does not parse`);
    expect(read.value.status).toBe(msg.status);
    if (msg.packets) {
      const payload = decodeEngineIoPayload(read.value.body!);
      expect(payload.ok && payload.packets).toEqual(msg.packets.map(asRead));
    }
  }
}

describe('what a Socket.IO end takes from the sender', () => {
  it.each(sessions())('is what the readers read from the bytes (%s)', (_name, params) => {
    let polls = 0;
    let statuses = 0;
    let carried = 0;
    runSocketIo(params, (t, msg) => {
      check(t, msg);
      if (msg.packets) carried += checkCarried(msg.packets);
      if (msg.poll) polls++;
      if (msg.status !== undefined) statuses++;
    });
    expect(statuses).toBeGreaterThan(0);
    // A blocked upgrade leaves a websocket-only client nothing to carry.
    if (params.fault === 'none') expect(carried).toBeGreaterThan(0);
    if (params.transports !== 'websocket') expect(polls).toBeGreaterThan(0);
  });
});
