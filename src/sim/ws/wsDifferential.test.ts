// Differential tests against `ws` (its JS paths: bufferutil and utf-8-validate are not installed):
// frames ws's Sender builds decode here to the same frame, and bytes we encode make ws's Receiver
// report the same events and errors (code and close code) as our reader.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describeBytes, describeClose, describeEvent } from './fixtures/describeEvent';
import { conformanceCases } from './fixtures/conformanceCases';
import { malformedCases } from './fixtures/malformedCases';
import { wireBytes } from './fixtures/wire';
import { decodeFrame } from './decodeFrame';
import { encodeFrame, type FrameInput } from './encodeFrame';
import { encodeClosePayload } from './closePayload';
import { fragmentMessage } from './fragmentMessage';
import { bytesToHex } from './hex';
import { MessageReader } from './messageReader';
import { OPCODE_BINARY, OPCODE_CLOSE, OPCODE_PING, OPCODE_PONG, OPCODE_TEXT, type Opcode } from './opcodes';
import type { Role } from './types';

// Any Unicode scalar value (no lone surrogates), built from code points: fast-check's
// 'binary' string unit takes seconds to set up.
const scalar = fc.oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff }));
const unicodeString = (maxLength: number) => fc.array(scalar, { maxLength }).map((cps) => String.fromCodePoint(...cps));

// @types/ws does not declare the Sender and Receiver classes that ws exports; describe the parts we use.
interface WsReceiver {
  on(event: 'message', cb: (data: Buffer, isBinary: boolean) => void): void;
  on(event: 'ping' | 'pong', cb: (data: Buffer) => void): void;
  on(event: 'conclude', cb: (code: number, reason: Buffer) => void): void;
  on(event: 'error', cb: (err: Error & { code: string }) => void): void;
  write(chunk: Buffer): boolean;
  _errored: boolean;
}
type WsReceiverClass = new (options: { isServer: boolean; maxPayload?: number }) => WsReceiver;
interface WsSenderClass {
  frame(data: Buffer, options: { fin: boolean; opcode: number; mask: boolean; readOnly: boolean; rsv1?: boolean; generateMask?: (mask: Buffer) => void }): Buffer[];
}
// ws's own lib files, by path: the test config resolves the bare "ws" to its browser stub.
const requireHere = createRequire(import.meta.url);
const wsDir = dirname(requireHere.resolve('ws/package.json'));
const Receiver = requireHere(join(wsDir, 'lib/receiver.js')) as WsReceiverClass;
const Sender = requireHere(join(wsDir, 'lib/sender.js')) as WsSenderClass;

/** ws's close code for an error: a symbol-keyed property (kStatusCode) on the error. */
function statusCodeOf(err: Error): number {
  const key = Object.getOwnPropertySymbols(err).find((s) => s.description === 'status-code');
  return key ? (err as unknown as Record<symbol, number>)[key]! : -1;
}

/** Feeds chunks to a ws Receiver reading as `role`; returns its events as describeEvent lines. */
async function wsRead(chunks: readonly Uint8Array[], role: Role, maxPayload = 0): Promise<string[]> {
  const receiver = new Receiver({ isServer: role === 'server', maxPayload });
  const lines: string[] = [];
  let concluded = false;
  receiver.on('message', (data, isBinary) => lines.push(`${isBinary ? 'binary' : 'text'} ${describeBytes(new Uint8Array(data))}`));
  receiver.on('ping', (data) => lines.push(`ping ${describeBytes(new Uint8Array(data))}`));
  receiver.on('pong', (data) => lines.push(`pong ${describeBytes(new Uint8Array(data))}`));
  receiver.on('conclude', (code, reason) => { concluded = true; lines.push(describeClose(code, new Uint8Array(reason))); });
  receiver.on('error', (err) => lines.push(`error ${err.code} ${statusCodeOf(err)}`));
  for (const chunk of chunks) {
    if (concluded || receiver._errored) break;
    // A copy: ws unmasks its input in place.
    receiver.write(Buffer.from(chunk));
  }
  // Stream errors are emitted on the next tick.
  await new Promise((resolve) => setImmediate(resolve));
  return lines;
}

/** Our reader over the same chunks. */
function ourRead(chunks: readonly Uint8Array[], role: Role, maxPayload = 0): string[] {
  const reader = new MessageReader({ role, maxPayload });
  return chunks.flatMap((c) => reader.push(c).map(describeEvent));
}

function split(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const n = Math.max(1, sizes[i % sizes.length]!);
    out.push(bytes.subarray(at, at + n));
    at += n;
  }
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

/** ws's Sender.frame with a fixed masking key injected through generateMask. */
function wsFrame(payload: Uint8Array, opcode: number, fin: boolean, key?: Uint8Array): Uint8Array {
  const parts = Sender.frame(Buffer.from(payload), {
    fin, opcode, mask: key !== undefined, readOnly: true, generateMask: key ? (mask) => mask.set(key) : undefined,
  });
  return new Uint8Array(Buffer.concat(parts));
}

// Property runs with 64 KiB payloads; the default 5 s is too tight on a busy machine.
const SLOW_PROPERTY_MS = 60_000;

const boundaryLength = fc.constantFrom(0, 1, 125, 126, 127, 65535, 65536);
const payloadArb = fc.oneof(fc.uint8Array({ maxLength: 300 }), boundaryLength.map((n) => Uint8Array.from({ length: n }, (_, i) => i * 31)));
const keyArb = fc.uint8Array({ minLength: 4, maxLength: 4 });

describe('frames built by ws\'s Sender', () => {
  it('are byte for byte what encodeFrame builds, and decode back to the same frame', () => {
    fc.assert(
      fc.property(payloadArb, fc.constantFrom(OPCODE_TEXT, OPCODE_BINARY, 0x0), fc.boolean(), fc.option(keyArb, { nil: undefined }), (payload, opcode, fin, key) => {
        const theirs = wsFrame(payload, opcode, fin, key);
        const ours = encodeFrame({ opcode: opcode as Opcode, fin, payload, maskingKey: key }).bytes;
        expect(bytesToHex(ours)).toBe(bytesToHex(theirs));
        const r = decodeFrame(theirs, { role: key ? 'server' : 'client' });
        expect(r.ok && [r.consumed, r.frame.fin, r.frame.opcode, r.frame.maskingKey && bytesToHex(r.frame.maskingKey)]).toEqual([theirs.length, fin, opcode, key && bytesToHex(key)]);
        expect(r.ok && bytesToHex(r.frame.payload)).toBe(bytesToHex(payload));
      }),
      { numRuns: 150 },
    );
  }, SLOW_PROPERTY_MS);

  it('include control frames with payloads up to 125 bytes that decode the same', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 125 }), fc.constantFrom(OPCODE_PING, OPCODE_PONG), fc.option(keyArb, { nil: undefined }), (payload, opcode, key) => {
        const theirs = wsFrame(payload, opcode, true, key);
        const r = decodeFrame(theirs, { role: key ? 'server' : 'client' });
        expect(r.ok && [r.frame.opcode, bytesToHex(r.frame.payload)]).toEqual([opcode, bytesToHex(payload)]);
      }),
    );
  });
});

/** A random conversation: messages fragmented at random sizes, control frames in between, maybe a final close. */
const conversationArb = fc.record({
  role: fc.constantFrom<Role>('client', 'server'),
  messages: fc.array(
    fc.record({
      text: fc.boolean(),
      body: fc.oneof(unicodeString(80), boundaryLength.map((n) => 'x'.repeat(n))),
      fragmentSize: fc.oneof(fc.constant(Infinity), fc.integer({ min: 1, max: 40 })),
      ping: fc.option(fc.uint8Array({ maxLength: 125 }), { nil: undefined }),
    }),
    { maxLength: 5 },
  ),
  close: fc.option(fc.record({ code: fc.constantFrom(1000, 1001, 1011, 3000, 4999), reason: fc.string({ maxLength: 30 }) }), { nil: undefined }),
  keys: fc.array(keyArb, { minLength: 1, maxLength: 4 }),
  chunkSizes: fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 6 }),
  maxPayload: fc.constantFrom(0, 0, 100, 70000),
});

describe('frames encoded here, read by ws\'s Receiver', () => {
  it('give the same messages, pings, closes and errors as our reader, in any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(conversationArb, async (conv) => {
        // The sender is the other side: a client's frames are masked (read by a server).
        let k = 0;
        const mask = conv.role === 'server' ? () => conv.keys[k++ % conv.keys.length]! : () => undefined;
        const frames: FrameInput[] = [];
        for (const m of conv.messages) {
          const data = new TextEncoder().encode(m.body);
          const parts = fragmentMessage(data, m.text ? OPCODE_TEXT : OPCODE_BINARY, m.fragmentSize, mask);
          // A ping goes between the first and second fragments when there are two or more.
          if (m.ping) parts.splice(1, 0, { fin: true, rsv1: false, rsv2: false, rsv3: false, opcode: OPCODE_PING, payload: m.ping, maskingKey: mask() && Uint8Array.from(mask()!) });
          frames.push(...parts);
        }
        if (conv.close) frames.push({ opcode: OPCODE_CLOSE, payload: encodeClosePayload(conv.close.code, conv.close.reason.slice(0, 30)), maskingKey: mask() });
        const wire = concat(frames.map((f) => encodeFrame(f).bytes));
        const chunks = split(wire, conv.chunkSizes);
        const ours = ourRead(chunks, conv.role, conv.maxPayload);
        expect(ours).toEqual(await wsRead(chunks, conv.role, conv.maxPayload));
        expect(ourRead([wire], conv.role, conv.maxPayload)).toEqual(ours);
      }),
      { numRuns: 200 },
    );
  }, SLOW_PROPERTY_MS);
});

/** Mostly false: so that one bad bit does not end nearly every conversation at its first frame. */
const rarely = fc.integer({ min: 0, max: 11 }).map((n) => n === 0);

/** Frames with random header bits: every opcode, RSV bit, FIN, mask and length form, to reach every error path. */
const rawFrameArb = fc.record({
  fin: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  rsv1: rarely, rsv2: rarely, rsv3: rarely,
  opcode: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(0x0, 0x1, 0x2, 0x8, 0x9, 0xa) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 15 }) }),
  // ASCII payloads keep text valid UTF-8, so the one place ws and we differ (we fail fast on
  // invalid UTF-8 mid-message; ws checks at the message's end) is not exercised here.
  payload: fc.oneof(fc.uint8Array({ maxLength: 140 }).map((b) => b.map((x) => x & 0x7f)), fc.constantFrom(0, 125, 126, 200).map((n) => new Uint8Array(n).fill(0x2a))),
  closeBody: fc.option(fc.oneof(fc.integer({ min: 0, max: 65535 }), fc.constantFrom(1000, 1005, 1016, 2999, 3000, 4999, 5000)), { nil: undefined }),
  wrongMask: rarely,
  key: keyArb,
  lengthForm: fc.constantFrom('minimal' as const, 'minimal' as const, '64-bit' as const),
});

describe('header-level fuzzing against ws', () => {
  it('reports the same events and the same first error (code and close code) for frames with random header bits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rawFrameArb, { minLength: 1, maxLength: 6 }), fc.constantFrom<Role>('client', 'server'), fc.constantFrom(0, 150), fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 4 }), async (raw, role, maxPayload, sizes) => {
        const wire = concat(raw.map((f) => {
          let payload = f.payload;
          if (f.opcode === OPCODE_CLOSE && f.closeBody !== undefined) payload = Uint8Array.of(f.closeBody >> 8, f.closeBody & 0xff, ...f.payload.subarray(0, 20));
          const masked = (role === 'server') !== f.wrongMask;
          return encodeFrame({ ...f, opcode: f.opcode as Opcode, payload, maskingKey: masked ? f.key : undefined }, { lengthForm: f.lengthForm }).bytes;
        }));
        const chunks = split(wire, sizes);
        expect(ourRead(chunks, role, maxPayload)).toEqual(await wsRead(chunks, role, maxPayload));
      }),
      { numRuns: 1500 },
    );
  }, SLOW_PROPERTY_MS);
});

describe('our corpora read by ws', () => {
  it.each(conformanceCases.map((c) => [c.id, c] as const))('conformance %s: ws reports the same events', async (_id, c) => {
    const bytes = wireBytes(c.wire);
    expect(await wsRead([bytes], c.role, c.maxPayload)).toEqual(c.expect);
  });

  it.each(malformedCases.filter((c) => !c.truncated).map((c) => [c.id, c] as const))('malformed %s: ws fails with the same error code and close code', async (_id, c) => {
    const lines = await wsRead([wireBytes(c.wire)], c.role, c.maxPayload);
    if (c.id === 'utf8-fail-fast') {
      // The one documented difference: ws validates UTF-8 when the message is complete, we as each fragment arrives.
      expect(lines).toEqual([`error ${c.expect.code} ${c.expect.closeCode}`]);
      return;
    }
    if (c.id === 'length-2^63') {
      // The other: ws closes a 64-bit length with its top bit set with 1009, we with 1002 as §5.2 makes it a protocol error.
      expect(lines).toEqual([...(c.before ?? []), `error ${c.expect.code} 1009`]);
      return;
    }
    expect(lines).toEqual([...(c.before ?? []), `error ${c.expect.code} ${c.expect.closeCode}`]);
  });

  it('ws reports nothing for truncated input, where we report 1006 at the end of the stream', async () => {
    for (const c of malformedCases.filter((m) => m.truncated)) {
      expect(await wsRead([wireBytes(c.wire)], c.role)).toEqual(c.before ?? []);
    }
  });
});
