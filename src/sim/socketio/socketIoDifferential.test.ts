// Differential tests against the real socket.io-parser (protocol v5): the same text and attachments, and each reads the other's.
import fc from 'fast-check';
import { Decoder, Encoder, type Packet } from 'socket.io-parser';
import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../bytes/utf8';
import { encodeSocketIoPacket } from './encodePacket';
import { ACK, CONNECT, CONNECT_ERROR, DEFAULT_MAX_ATTACHMENTS, DISCONNECT, EVENT, RESERVED_EVENTS } from './packetTypes';
import { SocketIoReader } from './socketIoReader';
import type { SocketIoPacket } from './types';

const nsp = fc.oneof(fc.constant('/'), fc.stringMatching(/^\/[a-z0-9_-]{1,12}$/));
const id = fc.option(fc.nat({ max: 2 ** 31 }), { nil: undefined });
const json = fc.jsonValue({ maxDepth: 2 });
const bin = fc.uint8Array({ maxLength: 12 });
// Arguments mixing JSON and binary, at the top level and nested in objects and arrays.
const arg = fc.oneof(json, bin, fc.record({ name: fc.string(), file: bin }), fc.array(bin, { maxLength: 2 }));
const args = fc.array(arg, { maxLength: 4 });
const eventName = fc.oneof(fc.string({ unit: 'binary', maxLength: 16 }).filter((n) => !RESERVED_EVENTS.includes(n)), fc.integer());

const packet: fc.Arbitrary<SocketIoPacket> = fc.oneof(
  fc.record({ type: fc.constant(CONNECT), nsp, data: fc.option(fc.dictionary(fc.string(), json, { maxKeys: 3 }), { nil: undefined }) }),
  fc.record({ type: fc.constant(DISCONNECT), nsp }),
  fc.record({ type: fc.constant(EVENT), nsp, id, data: fc.tuple(eventName, args).map(([name, rest]) => [name, ...rest]) }),
  fc.record({ type: fc.constant(ACK), nsp, id: fc.nat({ max: 2 ** 31 }), data: args }),
  fc.record({ type: fc.constant(CONNECT_ERROR), nsp, data: fc.oneof(fc.string(), fc.record({ message: fc.string() })) }),
).map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as unknown as SocketIoPacket);

/** Counts binary values, to stay within both decoders' attachment limit. */
function binaries(v: unknown): number {
  if (v instanceof Uint8Array) return 1;
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + binaries(x), 0);
  if (v && typeof v === 'object') return Object.values(v).reduce((n: number, x) => n + binaries(x), 0);
  return 0;
}
const withinLimit = packet.filter((p) => binaries(p.data) <= DEFAULT_MAX_ATTACHMENTS);

/** Binary as number arrays, so Buffers and Uint8Arrays compare equal. */
function plain(v: unknown): unknown {
  if (v instanceof Uint8Array) return { bytes: [...v] };
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

function refDecode(parts: readonly (string | Uint8Array)[]): unknown {
  const decoder = new Decoder();
  let decoded: unknown;
  decoder.on('decoded', (p: unknown) => { decoded = p; });
  for (const part of parts) decoder.add(typeof part === 'string' ? part : Buffer.from(part));
  return decoded;
}

function ourDecode(parts: readonly (string | Uint8Array)[]): unknown {
  const reader = new SocketIoReader();
  let decoded: unknown;
  for (const part of parts) {
    const event = reader.push(part);
    if (event.kind === 'error') throw new Error(event.error.code);
    if (event.kind === 'packet') decoded = event.packet;
  }
  return decoded;
}

describe('Socket.IO packets against socket.io-parser', () => {
  it('encodes every packet to the same text and the same attachments', () => {
    fc.assert(fc.property(withinLimit, (p) => {
      const [text, ...buffers] = new Encoder().encode(structuredClone(p) as Packet) as [string, ...Uint8Array[]];
      const ours = encodeSocketIoPacket(p);
      expect(ours.text).toBe(text);
      expect([...ours.bytes]).toEqual([...encodeUtf8(text)]);
      expect(ours.attachments.map((a) => [...a])).toEqual(buffers.map((b) => [...b]));
    }), { numRuns: 400 });
  });

  it('decodes what socket.io-parser encodes, and socket.io-parser decodes what we encode, to the same packet', () => {
    fc.assert(fc.property(withinLimit, (p) => {
      const theirs = new Encoder().encode(structuredClone(p) as Packet) as (string | Uint8Array)[];
      const ours = encodeSocketIoPacket(p);
      const ourParts = [ours.text, ...ours.attachments];
      const expected = plain(refDecode(theirs));
      expect(plain(ourDecode(theirs))).toEqual(expected);
      expect(plain(refDecode(ourParts))).toEqual(expected);
      // And the packet is the one we started from (JSON's view of it: -0 reads back as 0).
      expect(plain(ourDecode(ourParts))).toEqual(plain(JSON.parse(JSON.stringify(plain(p)))));
    }), { numRuns: 400 });
  });

  it('accepts and refuses the same packet texts as socket.io-parser', () => {
    const alphabet = fc.constantFrom(...'0123456789/,-[]{}":a'.split(''));
    fc.assert(fc.property(fc.string({ unit: alphabet, minLength: 1, maxLength: 16 }), (text) => {
      let theirs: unknown;
      let theirError = false;
      try {
        theirs = refDecode([text]);
      } catch {
        theirError = true;
      }
      const event = new SocketIoReader().push(text);
      expect(event.kind === 'error').toBe(theirError);
      if (event.kind === 'packet') expect(plain(event.packet)).toEqual(plain(theirs));
    }), { numRuns: 1000 });
  });
});
