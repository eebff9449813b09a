// Differential tests against the real engine.io-parser (protocol v4): the same bytes, and each reads the other's.
import { decodePacket, decodePayload, encodePacket, encodePayload, type Packet } from 'engine.io-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../bytes/utf8';
import { decodeEngineIoPacket } from './decodePacket';
import { decodeEngineIoPayload } from './decodePayload';
import { encodeEngineIoPacket } from './encodePacket';
import { encodeEngineIoPayload } from './encodePayload';
import { ENGINE_IO_PACKET_TYPES } from './packetTypes';
import type { EngineIoPacket } from './types';

// Full Unicode text (no lone surrogates: neither side can put one on the wire as UTF-8).
const text = fc.string({ unit: 'binary', maxLength: 40 });
const binary = fc.uint8Array({ maxLength: 40 });
const textPacket = fc.record({ type: fc.constantFrom(...ENGINE_IO_PACKET_TYPES), data: fc.option(text, { nil: undefined }) }, { requiredKeys: ['type'] });
const binaryPacket = fc.record({ type: fc.constant('message' as const), data: binary });
const packet: fc.Arbitrary<EngineIoPacket> = fc.oneof(textPacket, binaryPacket).map((p) => (p.data === undefined ? { type: p.type } : p));
// On polling, 0x1e separates packets, so text containing it cannot travel in a payload (on either side).
const payloadPacket = packet.filter((p) => typeof p.data !== 'string' || !p.data.includes('\x1e'));

function refEncode(p: EngineIoPacket, supportsBinary: boolean): string | Uint8Array {
  let out: string | Uint8Array = '';
  encodePacket(p as Packet, supportsBinary, (encoded) => {
    out = typeof encoded === 'string' ? encoded : Uint8Array.from(encoded as Uint8Array);
  });
  return out;
}

const asBytes = (wire: string | Uint8Array) => (typeof wire === 'string' ? encodeUtf8(wire) : wire);

/** A packet as both sides decode it: an empty text body means no data; binary as plain bytes. */
function normal(p: { type: string; data?: unknown }): { type: string; data?: string | number[] } {
  if (p.data === undefined || p.data === '') return { type: p.type };
  if (typeof p.data === 'string') return { type: p.type, data: p.data };
  return { type: p.type, data: [...(p.data as Uint8Array)] };
}

describe('engine.io packets against engine.io-parser', () => {
  it('encodes every packet to the same bytes on WebSocket and on polling', () => {
    fc.assert(fc.property(packet, (p) => {
      for (const transport of ['websocket', 'polling'] as const) {
        const ours = encodeEngineIoPacket(p, { transport });
        const theirs = refEncode(p, transport === 'websocket');
        expect(ours.binary).toBe(typeof theirs !== 'string');
        expect([...ours.bytes]).toEqual([...asBytes(theirs)]);
      }
    }), { numRuns: 300 });
  });

  it('decodes what engine.io-parser encodes, and engine.io-parser decodes what we encode', () => {
    fc.assert(fc.property(packet, (p) => {
      for (const supportsBinary of [true, false]) {
        const theirs = refEncode(p, supportsBinary);
        const ours = decodeEngineIoPacket(asBytes(theirs), { binary: typeof theirs !== 'string' });
        expect(ours.ok && normal(ours.packet)).toEqual(normal(p));
        const encoded = encodeEngineIoPacket(p, { transport: supportsBinary ? 'websocket' : 'polling' });
        const wire = encoded.binary ? Buffer.from(encoded.bytes) : Buffer.from(encoded.bytes).toString('utf8');
        expect(normal(decodePacket(wire, 'nodebuffer'))).toEqual(normal(p));
      }
    }), { numRuns: 300 });
  });
});

describe('engine.io polling payloads against engine.io-parser', () => {
  it('encodes every payload to the same body', () => {
    fc.assert(fc.property(fc.array(payloadPacket, { minLength: 1, maxLength: 6 }), (packets) => {
      let theirs = '';
      encodePayload(packets as Packet[], (body) => { theirs = body; });
      expect([...encodeEngineIoPayload(packets).bytes]).toEqual([...encodeUtf8(theirs)]);
    }), { numRuns: 200 });
  });

  it('decodes each other\'s payloads to the same packets', () => {
    fc.assert(fc.property(fc.array(payloadPacket, { minLength: 1, maxLength: 6 }), (packets) => {
      let theirs = '';
      encodePayload(packets as Packet[], (body) => { theirs = body; });
      const ours = decodeEngineIoPayload(encodeUtf8(theirs));
      expect(ours.ok && ours.packets.map(normal)).toEqual(packets.map(normal));
      const body = Buffer.from(encodeEngineIoPayload(packets).bytes).toString('utf8');
      expect(decodePayload(body, 'nodebuffer').map(normal)).toEqual(packets.map(normal));
    }), { numRuns: 200 });
  });

  it('fails where engine.io-parser reports a parser error', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (body) => {
      const theirs = decodePayload(body, 'nodebuffer');
      const ours = decodeEngineIoPayload(encodeUtf8(body));
      // engine.io-parser reads bad base64 leniently (Buffer.from skips junk); we refuse it, so compare only the rest.
      if (theirs.some((p) => p.type === 'error')) expect(ours.ok).toBe(false);
      else if (ours.ok) expect(ours.packets.map(normal)).toEqual(theirs.map(normal));
      else expect(ours.error.code).toBe('EIO_ERR_INVALID_BASE64');
    }), { numRuns: 300 });
  });
});
