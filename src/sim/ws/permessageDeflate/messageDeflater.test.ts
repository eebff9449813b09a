// RFC 7692 §7.2.3's literal examples, both directions: we write them and we read them.
import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes as parseHex } from '../hex';
import { MessageReader } from '../messageReader';
import { OPCODE_TEXT } from '../opcodes';
import { encodeDeflatedMessage } from './encodeDeflatedMessage';
import { MessageDeflater } from './messageDeflater';
import { MessageInflater } from './messageInflater';
import { agreementOf } from './negotiateDeflate';
import type { AssemblerEvent } from '../messageAssembler';

/** The RFC's hex, as bytes (the strings here are all valid). */
const hexToBytes = (hex: string): Uint8Array => parseHex(hex)!;

const text = (s: string) => new TextEncoder().encode(s);
const takeover = agreementOf({ serverNoContextTakeover: false, clientNoContextTakeover: false });
const noTakeover = agreementOf({ serverNoContextTakeover: true, clientNoContextTakeover: true });
const messages = (events: AssemblerEvent[]) => events.map((e) => (e.kind === 'message' ? new TextDecoder().decode(e.data) : `${e.kind}${e.kind === 'error' ? ` ${e.error.code} ${e.error.closeCode}` : ''}`));
// A masked client frame of the RFC's compressed "Hello" (no Chromium capture is stored in the repo; built from RFC 7692 §7.2.3.1 bytes with key 37 fa 21 3d).
const CLIENT_HELLO = 'c1 87 37 fa 21 3d c5 b2 ec f4 fe fd 21';

describe('MessageDeflater', () => {
  it('compresses "Hello" to RFC 7692 §7.2.3.1\'s frame c1 07 f2 48 cd c9 c9 07 00', () => {
    const { frame } = encodeDeflatedMessage(new MessageDeflater({ contextTakeover: true }), OPCODE_TEXT, text('Hello'));
    expect(bytesToHex(frame.bytes)).toBe('c1 07 f2 48 cd c9 c9 07 00');
  });

  it('sends a second "Hello" as c1 05 f2 00 11 00 00 with context takeover (§7.2.3.2), and as the same 7 bytes without', () => {
    const keep = new MessageDeflater({ contextTakeover: true });
    const fresh = new MessageDeflater({ contextTakeover: false });
    encodeDeflatedMessage(keep, OPCODE_TEXT, text('Hello'));
    encodeDeflatedMessage(fresh, OPCODE_TEXT, text('Hello'));
    expect(bytesToHex(encodeDeflatedMessage(keep, OPCODE_TEXT, text('Hello')).frame.bytes)).toBe('c1 05 f2 00 11 00 00');
    expect(bytesToHex(encodeDeflatedMessage(fresh, OPCODE_TEXT, text('Hello')).frame.bytes)).toBe('c1 07 f2 48 cd c9 c9 07 00');
  });

  it('masks the compressed bytes, not the text: the client frame for "Hello" is c1 87, a key, then 7 masked bytes', () => {
    const { frame } = encodeDeflatedMessage(new MessageDeflater({ contextTakeover: true }), OPCODE_TEXT, text('Hello'), [0x37, 0xfa, 0x21, 0x3d]);
    expect(bytesToHex(frame.bytes)).toBe(CLIENT_HELLO);
  });

  it('drops the 00 00 ff ff tail a sync flush ends with, and compresses an empty message to one 00 byte', () => {
    expect(bytesToHex(new MessageDeflater({ contextTakeover: true }).compress(new Uint8Array(0)))).toBe('00');
  });
});

describe('MessageReader with permessage-deflate', () => {
  it('reads the RFC examples: one frame, a repeat with context takeover, and a message split over two frames (§7.2.3.1–2)', () => {
    const reader = new MessageReader({ role: 'client', deflate: takeover });
    expect(messages(reader.push(hexToBytes('c1 07 f2 48 cd c9 c9 07 00 c1 05 f2 00 11 00 00')))).toEqual(['Hello', 'Hello']);
    const split = new MessageReader({ role: 'client', deflate: takeover }).push(hexToBytes('41 03 f2 48 cd 80 04 c9 c9 07 00'));
    expect(messages(split)).toEqual(['Hello']);
    expect(split[0]).toMatchObject({ fragments: 2, compressedLength: 7 });
  });

  it('reads a stored (uncompressed) DEFLATE block with RSV1 (§7.2.3.3) and an uncompressed message without RSV1', () => {
    const reader = new MessageReader({ role: 'client', deflate: noTakeover });
    expect(messages(reader.push(hexToBytes('c1 0b 00 05 00 fa ff 48 65 6c 6c 6f 00 81 05 48 65 6c 6c 6f')))).toEqual(['Hello', 'Hello']);
  });

  it('reads the masked client frame as a server', () => {
    expect(messages(new MessageReader({ role: 'server', deflate: takeover }).push(hexToBytes(CLIENT_HELLO)))).toEqual(['Hello']);
  });

  it('rejects RSV1 with 1002 when the extension was not agreed, on a continuation, and on a ping', () => {
    expect(messages(new MessageReader({ role: 'client' }).push(hexToBytes('c1 07 f2 48 cd c9 c9 07 00')))).toEqual(['error WS_ERR_UNEXPECTED_RSV_1 1002']);
    const continuation = new MessageReader({ role: 'client', deflate: takeover }).push(hexToBytes('41 03 f2 48 cd c0 04 c9 c9 07 00'));
    expect(continuation.map((e) => (e.kind === 'error' ? e.error.reason : e.kind))).toEqual(['rsv1Continuation']);
    const ping = new MessageReader({ role: 'client', deflate: takeover }).push(hexToBytes('c9 00'));
    expect(ping.map((e) => (e.kind === 'error' ? `${e.error.reason} ${e.error.closeCode}` : e.kind))).toEqual(['rsv1Control 1002']);
  });

  it('closes with 1007 when the data does not inflate or inflates to invalid UTF-8 text', () => {
    expect(messages(new MessageReader({ role: 'client', deflate: takeover }).push(hexToBytes('c1 02 ff ff')))).toEqual(['error Z_DATA_ERROR 1007']);
    const invalid = new MessageDeflater({ contextTakeover: true }).compress(Uint8Array.of(0xc3, 0x28));
    const frame = Uint8Array.of(0xc1, invalid.length, ...invalid);
    expect(messages(new MessageReader({ role: 'client', deflate: takeover }).push(frame))).toEqual(['error WS_ERR_INVALID_UTF8 1007']);
  });

  it('applies maxPayload to the inflated size: 1000 compressible bytes in a tiny frame still close with 1009', () => {
    const payload = new MessageDeflater({ contextTakeover: true }).compress(new Uint8Array(1000).fill(0x61));
    expect(payload.length).toBeLessThan(20);
    const frame = Uint8Array.of(0xc1, payload.length, ...payload);
    expect(messages(new MessageReader({ role: 'client', deflate: takeover, maxPayload: 100 }).push(frame))).toEqual(['error WS_ERR_UNSUPPORTED_MESSAGE_LENGTH 1009']);
  });
});

describe('MessageInflater', () => {
  it('keeps the window across messages only with context takeover: the back-reference in f2 00 11 00 00 needs it', () => {
    const first = hexToBytes('f2 48 cd c9 c9 07 00');
    const second = hexToBytes('f2 00 11 00 00');
    const keep = new MessageInflater({ contextTakeover: true });
    keep.decompress(first);
    expect(keep.decompress(second)).toEqual({ ok: true, data: text('Hello') });
    const fresh = new MessageInflater({ contextTakeover: false });
    fresh.decompress(first);
    expect(fresh.decompress(second).ok).toBe(false);
  });
});

describe('inspectWire with permessage-deflate', () => {
  it('inflates the RFC frames for the frame lab and says how many compressed bytes each message took', async () => {
    const { inspectWire } = await import('../inspectWire');
    const wire = hexToBytes('c1 07 f2 48 cd c9 c9 07 00 c1 05 f2 00 11 00 00');
    const found = inspectWire(wire, { role: 'client', deflate: takeover });
    expect(found.ending).toEqual({ kind: 'complete' });
    expect(found.frames.map((f) => f.frame.rsv1)).toEqual([true, true]);
    expect(found.events.map((e) => (e.kind === 'message' ? [new TextDecoder().decode(e.data), e.compressedLength] : e.kind))).toEqual([['Hello', 7], ['Hello', 5]]);
    const plain = inspectWire(wire, { role: 'client' });
    expect(plain.ending.kind === 'error' && plain.ending.error.code).toBe('WS_ERR_UNEXPECTED_RSV_1');
  });
});

describe('field meanings of a compressed frame', () => {
  it('explains RSV1 and the compressed payload with their own sentences, masked or not, in English and Korean', async () => {
    const { wsFields } = await import('../../../i18n/en/wsFields');
    const ko = (await import('../../../i18n/ko/wsFields')).wsFields;
    for (const maskingKey of [undefined, [1, 2, 3, 4]]) {
      const { frame } = encodeDeflatedMessage(new MessageDeflater({ contextTakeover: true }), OPCODE_TEXT, text('Hello'), maskingKey, { annotate: true });
      const meanings = frame.fields!.map((f) => f.meaning);
      expect(meanings).toContain('wsfield.rsv1.deflate');
      expect(meanings).toContain(maskingKey ? 'wsfield.payload.deflated.masked' : 'wsfield.payload.deflated');
      for (const m of meanings) { expect(wsFields[m], m).toBeTypeOf('string'); expect(ko[m], m).toBeTypeOf('string'); }
      expect(frame.fields!.find((f) => f.name === 'payload')!.value).toMatch(/^f2 48/);
    }
  });
});
