// Chromium's real compressed frames (scripts/captureDeflateFrames.ts): we inflate what it sent, and we write the same
// bytes where DEFLATE leaves an encoder no choice.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHROME_MODEL_VERSION } from '../../http/defaultRequestHeaders';
import { decodeFrame } from '../decodeFrame';
import { inspectWire } from '../inspectWire';
import { inspectWireWith } from '../inspectWireWith';
import type { AssemblerEvent } from '../messageAssembler';
import { MessageReader } from '../messageReader';
import { OPCODE_TEXT } from '../opcodes';
import { encodeDeflatedMessage } from './encodeDeflatedMessage';
import { deflaterFor, inflaterFor } from './endpointDeflate';
import { DEFLATE_AGREEMENTS, DEFLATE_TEXTS, type DeflateFixture } from './fixtures/deflateCaptureNames';
import { acceptDeflateResponse, agreementOf, type DeflateAgreement } from './negotiateDeflate';

const major = CHROME_MODEL_VERSION.split('.')[0]!;
const dir = join(import.meta.dirname, 'fixtures', `chromium-${major}`);
const fixtures: DeflateFixture[] = DEFLATE_AGREEMENTS.map((a) => JSON.parse(readFileSync(join(dir, `${a.name}.json`), 'utf8')) as DeflateFixture);
const fixture = (name: string): DeflateFixture => fixtures.find((f) => f.agreement === name)!;
const bytes = (hex: string): Uint8Array => Uint8Array.from(Buffer.from(hex, 'hex'));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const wire = (f: DeflateFixture): Uint8Array => bytes(f.messages.map((m) => m.frame).join('') + f.close);
/** The frame as the server reads it: header fields and the unmasked (still compressed) payload. */
const frameOf = (hex: string) => {
  const d = decodeFrame(bytes(hex), { role: 'server', extensions: { rsv1: true } });
  if (!d.ok) throw new Error('a captured frame does not decode');
  return d.frame;
};
/** The agreement the client reads from the server's answer, as Chromium did. */
const agreementFor = (f: DeflateFixture): DeflateAgreement => {
  const r = acceptDeflateResponse(f.response);
  if (!r.ok || r.agreement === undefined) throw new Error(`${f.response} is not an agreement`);
  return r.agreement;
};
const texts = (events: readonly AssemblerEvent[]): string[] =>
  events.flatMap((e) => (e.kind === 'message' ? [new TextDecoder().decode(e.data)] : []));

describe(`Chromium ${major}'s compressed frames (captured)`, () => {
  it('were captured with the Chromium version the header model follows, which offered permessage-deflate; client_max_window_bits', () => {
    for (const f of fixtures) {
      expect(f.version).toBe(CHROME_MODEL_VERSION);
      expect(f.offer).toBe('permessage-deflate; client_max_window_bits');
      expect(f.messages.map((m) => m.text)).toEqual(DEFLATE_TEXTS);
    }
  });

  for (const f of fixtures) {
    it(`inflates every message Chromium sent under "${f.response}" to the text the page sent (our MessageReader)`, () => {
      const events = new MessageReader({ role: 'server', deflate: agreementFor(f) }).push(wire(f));
      expect(texts(events)).toEqual(DEFLATE_TEXTS);
      expect(events.at(-1)).toMatchObject({ kind: 'close', code: 1000 });
      for (const m of f.messages) expect(frameOf(m.frame)).toMatchObject({ fin: true, rsv1: true, opcode: OPCODE_TEXT });
    });

    it(`inflates them in the frame lab's inspector too, pasted whole, as the server under "${f.response}"`, () => {
      const found = inspectWire(wire(f), { role: 'server', deflate: agreementFor(f) });
      expect(found.ending).toEqual({ kind: 'complete' });
      expect(texts(found.events)).toEqual(DEFLATE_TEXTS);
      // The lab's own switch assumes context takeover both ways: a stream that never looks back reads the same.
      const lab = inspectWireWith(wire(f), { role: 'server', inflater: inflaterFor(agreementOf({ serverNoContextTakeover: false, clientNoContextTakeover: false }), 'server') });
      expect(texts(lab.events)).toEqual(DEFLATE_TEXTS);
    });

    it(`inflates them with Node's zlib as well (one stream with takeover, one per message without): "${f.response}"`, () => {
      const payloads = f.messages.map((m) => Buffer.concat([frameOf(m.frame).payload, Buffer.of(0, 0, 0xff, 0xff)]));
      const opts = { finishFlush: constants.Z_SYNC_FLUSH };
      if (agreementFor(f).clientNoContextTakeover) {
        expect(payloads.map((p) => inflateRawSync(p, opts).toString())).toEqual(DEFLATE_TEXTS);
      } else {
        expect(inflateRawSync(Buffer.concat(payloads), opts).toString()).toBe(DEFLATE_TEXTS.join(''));
      }
    });
  }

  it('sends a repeated "Hello" in 5 compressed bytes with context takeover and in 7 again without (RFC 7692 §7.2.3.2)', () => {
    const sizes = (name: string) => fixture(name).messages.slice(0, 2).map((m) => frameOf(m.frame).payload.length);
    expect(sizes('takeover')).toEqual([7, 5]);
    expect(sizes('window-10')).toEqual([7, 5]);
    expect(sizes('no-context-takeover')).toEqual([7, 7]);
  });

  for (const f of fixtures) {
    it(`writes Chromium's "Hello" frames byte for byte under "${f.response}" when masked with Chromium's keys`, () => {
      const deflater = deflaterFor(agreementFor(f), 'client');
      for (const m of f.messages.slice(0, 2)) {
        const key = frameOf(m.frame).maskingKey!;
        expect(Buffer.from(encodeDeflatedMessage(deflater, OPCODE_TEXT, utf8(m.text), key).frame.bytes).toString('hex')).toBe(m.frame);
      }
    });
  }

  it('does not reproduce the long text byte for byte: Chromium\'s zlib chose other LZ77 matches, and both inflate to the text', () => {
    // Chromium builds its own zlib, whose match finder takes 3-byte matches (e.g. `":"` 29 bytes back) that zlib 1.x's
    // level-6 lazy matcher (pako, and Node's zlib here) leaves as literals. The DEFLATE stream is valid either way.
    for (const f of fixtures) {
      const agreement = agreementFor(f);
      const deflater = deflaterFor(agreement, 'client');
      const ours = f.messages.map((m) => deflater.compress(utf8(m.text)));
      const theirs = f.messages.map((m) => frameOf(m.frame).payload);
      expect(Buffer.from(ours[2]!).equals(Buffer.from(theirs[2]!))).toBe(false);
      const inflater = inflaterFor(agreement, 'server');
      expect(ours.map((p) => inflater.decompress(p)).map((r) => (r.ok ? new TextDecoder().decode(r.data) : r.message))).toEqual(DEFLATE_TEXTS);
      // Same size within 2 %: a prediction of Chromium's compressed bytes from ours holds.
      expect(Math.abs(ours[2]!.length - theirs[2]!.length) / theirs[2]!.length).toBeLessThanOrEqual(0.02);
    }
  });
});
