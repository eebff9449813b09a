import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeUtf8, encodeUtf8 } from '../../bytes/utf8';
import { encodeStompFrame } from '../../stomp/encodeStompFrame';
import { StompParser } from '../../stomp/stompParser';
import type { Transfer } from '../../timeline/types';
import { encodeFrame } from '../../ws/encodeFrame';
import { MessageReader } from '../../ws/messageReader';
import { OPCODE_TEXT } from '../../ws/opcodes';
import { createPrng } from '../../engine/createPrng';
import { defaultParams } from '../defaultParams';
import { SCENARIO_FAULTS } from '../scenarioFaults';
import type { StompParams } from '../scenarioParams';
import { MaskKeys } from './maskKeys';
import { IGNORED } from './stompActions';
import { StompBroker } from './stompBroker';
import { StompClient } from './stompClient';
import { BROKER, runStomp } from './runStomp';
import { HeartBeatWire, StompWire, heartBeatTransfer, stompTransfer, type StructuredWire } from './stompWire';
import { stompFrames } from './stompTestHelpers';

// A conversation with header characters that need escaping, non-ASCII text, a NUL in a body and an empty body.
const script: StompParams['script'] = {
  subscriptions: [
    [{ id: 't', destination: '/topic/a:b\\c', ack: 'client', receipt: 'r:1' }, { id: 'q', destination: '/queue/é', ack: 'client-individual' }],
    [{ id: 'q', destination: '/queue/é', ack: 'auto', receipt: 'x' }],
  ],
  sends: [
    { at: 1000, client: 0, destination: '/topic/a:b\\c', body: 'héllo 😀\nline', contentType: 'text/plain' },
    { at: 1010, client: 1, destination: '/queue/é', body: '', receipt: 'r\n2' },
    { at: 1020, client: 0, destination: '/queue/é', body: 'x\0y' },
  ],
};
const base = defaultParams('stomp');
const setUps: readonly [string, Partial<StompParams>][] = [
  ['a topic, client-individual acks, 3 clients', { clients: 3, messages: 6 }],
  ['a queue with a NACK, 4 clients', { clients: 4, destinationKind: 'queue', ackMode: 'client', nackFirst: true, messages: 8, payloadBytes: 200 }],
  ['a scripted conversation with escapes and non-ASCII text', { script, maxPending: 10 }],
];

/** Runs `params`, keeping every structured wire a receiver acted on (not the ones it ignored). */
function runKeepingWires(params: StompParams): { timeline: ReturnType<typeof runStomp>; taken: Map<Uint8Array, StructuredWire> } {
  const wires: StructuredWire[] = [];
  const broker = StompBroker.prototype.gotWire;
  const client = StompClient.prototype.gotWire;
  vi.spyOn(StompBroker.prototype, 'gotWire').mockImplementation(function (this: StompBroker, ...args) {
    const out = args[4];
    const from = out.length;
    broker.apply(this, args);
    if (out[from] !== IGNORED) wires.push(args[1]);
  });
  vi.spyOn(StompClient.prototype, 'gotWire').mockImplementation(function (this: StompClient, ...args) {
    const out = args[2];
    const from = out.length;
    client.apply(this, args);
    if (out[from] !== IGNORED) wires.push(args[0]);
  });
  const timeline = runStomp(params);
  return { timeline, taken: new Map(wires.map((w) => [w.bytes, w])) };
}

afterEach(() => { vi.restoreAllMocks(); });

describe('StompWire', () => {
  it('counts its sizes without writing, equal to what the eager encoders write', () => {
    const masks = new MaskKeys(createPrng(7));
    for (const [command, headers, body, masked] of [
      ['SEND', [{ name: 'destination', value: '/q:é' }], 'x'.repeat(200), true],
      ['MESSAGE', [{ name: 'destination', value: '/q' }, { name: 'subscription', value: 'a\\b' }], '😀'.repeat(20_000), false],
      ['CONNECTED', [{ name: 'version', value: '1.2' }], '', false],
      ['ACK', [{ name: 'id', value: 'msg-1' }], '', true],
    ] as const) {
      const message = stompTransfer(command, [...headers], body, masked ? masks : undefined).message as StompWire;
      const inner = encodeStompFrame({ command, headers, body: encodeUtf8(body) });
      const ws = encodeFrame({ opcode: OPCODE_TEXT, payload: inner.bytes, maskingKey: masked ? message.bytes.subarray(message.headerBytes - inner.overheadBytes - 4, message.headerBytes - inner.overheadBytes) : undefined });
      expect([message.headerBytes, message.payloadBytes, message.frameBytes]).toEqual([ws.headerBytes + inner.overheadBytes, inner.bytes.length - inner.overheadBytes, inner.bytes.length]);
      expect(message.bytes).toEqual(ws.bytes);
    }
  });

  it('counts a heart-beat’s sizes without writing it: the WebSocket header (masked from a client) and one LF', () => {
    for (const masks of [new MaskKeys(createPrng(3)), undefined]) {
      const message = heartBeatTransfer(masks).message as HeartBeatWire;
      expect(message.bytes.length).toBe(message.headerBytes + message.payloadBytes);
      expect([message.headerBytes, message.payloadBytes, message.bytes.at(-1)! ^ (masks ? message.bytes[2]! : 0)]).toEqual([masks ? 7 : 3, 0, 0x0a]);
    }
  });

  for (const fault of SCENARIO_FAULTS.stomp) {
    for (const [name, over] of setUps) {
      it(`has sizes that match its bytes and layers on every transfer (${fault}, ${name})`, () => {
        for (const t of runStomp({ ...base, ...over, fault }).transfers) {
          expect(t.bytes.length).toBe(t.headerBytes + t.payloadBytes);
          const stomp = t.layers?.find((l) => l.protocol === 'stomp');
          const body = stomp?.fields.find((f) => f.name === 'body');
          if (stomp?.fields[0]?.name === 'command') expect(t.payloadBytes).toBe(body === undefined ? 0 : body.end - body.start);
        }
      });

      it(`is what the receiver's reader reads from its bytes, frame for frame (${fault}, ${name})`, () => {
        const { timeline, taken } = runKeepingWires({ ...base, ...over, fault });
        expect([...taken.values()].map((w) => w.kind)).toEqual(expect.arrayContaining(['frame', 'heart-beat']));
        // Each lane (one connection, one direction) is read by one reader and one parser, in order, as a receiver would.
        const lanes = new Map<string, Transfer[]>();
        for (const t of timeline.transfers) {
          if (t.kind !== 'ws-frame') continue;
          const key = `${t.connection}>${t.to}`;
          lanes.set(key, [...(lanes.get(key) ?? []), t]);
        }
        let checked = 0;
        for (const lane of lanes.values()) {
          const role = lane[0]!.to === BROKER ? 'server' : 'client';
          const reader = new MessageReader({ role });
          const parser = new StompParser({ role });
          for (const t of lane) {
            const events = reader.push(t.bytes);
            const parsed = events.flatMap((e) => (e.kind === 'message' ? parser.push(e.data) : []));
            const wire = taken.get(t.bytes);
            if (wire === undefined) continue;
            expect(events.map((e) => e.kind)).toEqual(['message']);
            expect(parsed).toHaveLength(1);
            const [frame] = parsed;
            checked++;
            if (wire.kind === 'heart-beat') {
              expect(frame?.kind).toBe('heartbeat');
              continue;
            }
            if (frame?.kind !== 'frame') throw new Error(`expected a frame, got ${JSON.stringify(frame)}`);
            expect({ command: frame.frame.command, headers: frame.frame.headers, body: decodeUtf8(frame.frame.body) }).toEqual({ command: wire.command, headers: wire.headers, body: wire.body });
          }
        }
        expect(checked).toBe(taken.size);
      });
    }
  }

  it('leaves the stream offset of a malformed frame’s ERROR as a parser reading every frame reports it', () => {
    const timeline = runStomp({ ...base, clients: 3, messages: 3, fault: 'malformed-frame' });
    const parser = new StompParser({ role: 'server' });
    const reader = new MessageReader({ role: 'server' });
    let offset: number | undefined;
    for (const t of timeline.transfers) {
      if (t.kind !== 'ws-frame' || t.to !== BROKER || t.from !== 'client-3') continue;
      for (const e of reader.push(t.bytes)) {
        if (e.kind !== 'message') continue;
        for (const p of parser.push(e.data)) if (p.kind === 'error') offset ??= p.error.offset;
      }
    }
    const error = stompFrames(timeline).find((f) => f.command === 'ERROR')!;
    expect(offset).toBeGreaterThan(0);
    expect(error.header('message')).toMatch(new RegExp(`^STOMP_ERR_MALFORMED_HEADER at byte ${offset} `));
  });
});
