// Property: every annotation the three codecs produce tiles its bytes, for random packets, payloads and frames.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeEngineIoPacket } from '../engineio/encodePacket';
import { encodeEngineIoPayload } from '../engineio/encodePayload';
import { ENGINE_IO_PACKET_TYPES } from '../engineio/packetTypes';
import { encodeSockJsSend } from '../sockjs/clientSend';
import { encodeSockJsFrame } from '../sockjs/encodeFrame';
import { fieldTiling } from '../ws/fieldTiling';
import { decodeSocketIoPacket } from './decodePacket';
import { encodeSocketIoPacket } from './encodePacket';
import { socketIoLayers } from './socketIoLayers';
import type { SocketIoPacket } from './types';

const text = fc.string({ unit: 'binary', maxLength: 30 });
const eioPacket = fc.oneof(
  fc.record({ type: fc.constantFrom(...ENGINE_IO_PACKET_TYPES), data: text.filter((s) => !s.includes('\x1e')) }),
  fc.record({ type: fc.constant('message' as const), data: fc.uint8Array({ maxLength: 20 }) }),
);
const sioPacket: fc.Arbitrary<SocketIoPacket> = fc.record({
  type: fc.constantFrom(0, 1, 2, 3, 4, 5, 6) as fc.Arbitrary<SocketIoPacket['type']>,
  nsp: fc.oneof(fc.constant('/'), fc.stringMatching(/^\/[a-z]{1,6}$/)),
  id: fc.option(fc.nat(), { nil: undefined }),
  // Not a bare number: `0/a,0` reads back as ack id 0 (as socket.io-parser reads it too); no packet type takes number data.
  data: fc.option(fc.oneof(fc.jsonValue({ maxDepth: 2 }).filter((v) => typeof v !== 'number'), fc.array(fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.uint8Array({ maxLength: 4 })))), { nil: undefined }),
}).map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as unknown as SocketIoPacket);

describe('annotations tile every byte', () => {
  it('for engine.io packets on both transports and for polling payloads', () => {
    fc.assert(fc.property(fc.array(eioPacket, { minLength: 1, maxLength: 4 }), (packets) => {
      for (const p of packets) {
        for (const transport of ['websocket', 'polling'] as const) {
          const out = encodeEngineIoPacket(p, { transport, annotate: true });
          expect(fieldTiling(out.fields!, out.bytes.length)).toEqual({ ok: true });
        }
      }
      const payload = encodeEngineIoPayload(packets, { annotate: true });
      expect(fieldTiling(payload.fields!, payload.bytes.length)).toEqual({ ok: true });
    }), { numRuns: 300 });
  });

  it('for Socket.IO packets, encoded and decoded, and for their layers inside engine.io', () => {
    fc.assert(fc.property(sioPacket, (p) => {
      const out = encodeSocketIoPacket(p, { annotate: true });
      expect(fieldTiling(out.fields!, out.bytes.length)).toEqual({ ok: true });
      const back = decodeSocketIoPacket(out.bytes, { annotate: true, maxAttachments: Infinity });
      if (back.ok) expect(back.fields).toEqual(out.fields);
      const wire = new Uint8Array(out.bytes.length + 1);
      wire[0] = 0x34;
      wire.set(out.bytes, 1);
      const layers = socketIoLayers(wire, { transport: 'websocket' });
      expect(layers.ok && fieldTiling(layers.layers[0]!.fields, wire.length)).toEqual({ ok: true });
    }), { numRuns: 400 });
  });

  it('for SockJS frames and sends', () => {
    fc.assert(fc.property(fc.array(text, { maxLength: 4 }), fc.integer({ min: 1000, max: 4999 }), fc.boolean(), (messages, code, newline) => {
      for (const frame of [{ type: 'array', messages }, { type: 'close', code, reason: messages[0] ?? '' }, { type: 'message', message: messages[0] ?? '' }] as const) {
        const out = encodeSockJsFrame(frame, { newline, annotate: true });
        expect(fieldTiling(out.fields!, out.bytes.length)).toEqual({ ok: true });
      }
      const send = encodeSockJsSend(messages, { annotate: true });
      expect(fieldTiling(send.fields!, send.bytes.length)).toEqual({ ok: true });
    }), { numRuns: 300 });
  });
});
