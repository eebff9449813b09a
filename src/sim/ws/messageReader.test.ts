import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from './hex';
import type { AssemblerEvent } from './messageAssembler';
import { MessageReader } from './messageReader';
import { encodeFrame } from './encodeFrame';
import { OPCODE_TEXT } from './opcodes';
import { encodeDeflatedMessage } from './permessageDeflate/encodeDeflatedMessage';
import { MessageDeflater } from './permessageDeflate/messageDeflater';
import { agreementOf } from './permessageDeflate/negotiateDeflate';

const hex = (s: string) => hexToBytes(s)!;
const show = (events: AssemblerEvent[]) =>
  events.map((e) => (e.kind === 'message' ? `message ${bytesToHex(e.data)}` : e.kind === 'error' ? `error ${e.error.closeCode} @${e.error.offset}` : e.kind));

describe('MessageReader', () => {
  it('reads the RFC 6455 §5.7 fragmented "Hel"+"lo" with a ping between the fragments', () => {
    const r = new MessageReader({ role: 'client' });
    expect(show(r.push(hex('01 03 48 65 6c 89 00 80 02 6c 6f')))).toEqual(['ping', 'message 48 65 6c 6c 6f']);
  });

  it('stops reading after a close frame', () => {
    const r = new MessageReader({ role: 'client' });
    expect(show(r.push(hex('88 02 03 e8 81 01 61')))).toEqual(['close']);
    expect(r.closed).toBe(true);
    expect(r.push(hex('81 01 61'))).toEqual([]);
  });

  it('reports a frame-level error with its stream offset', () => {
    const r = new MessageReader({ role: 'server' });
    expect(show(r.push(hex('81 80 00 00 00 00 81 00')))).toEqual(['message ', 'error 1002 @7']);
  });

  it('reports a message-level error with its stream offset', () => {
    const r = new MessageReader({ role: 'client' });
    expect(show(r.push(hex('81 01 61 80 01 62')))).toEqual(['message 61', 'error 1002 @3']);
  });

  it('reports 1006 when the transport ends mid-frame or mid-message', () => {
    const midFrame = new MessageReader({ role: 'client' });
    midFrame.push(hex('81 05 48'));
    expect(show(midFrame.end())).toEqual(['error 1006 @3']);
    const midMessage = new MessageReader({ role: 'client' });
    midMessage.push(hex('01 01 48'));
    expect(show(midMessage.end())).toEqual(['error 1006 @3']);
  });

  it('fails with 1007 at the first invalid byte of an unfinished fragmented text message, before any final fragment', () => {
    const r = new MessageReader({ role: 'server' });
    // A masked first fragment (FIN 0) carrying 61 c0: "a", then an overlong lead byte; no final fragment follows.
    expect(show(r.push(hex('01 82 00 00 00 00 61 c0')))).toEqual(['error 1007 @7']);
    expect(r.closed).toBe(true);
  });

  it('fails with 1002 on a 64-bit length with its most significant bit set, read a byte at a time', () => {
    const r = new MessageReader({ role: 'server' });
    const bytes = hex('82 ff 80 00 00 00 00 00 00 05');
    const events = [];
    for (let i = 0; i < bytes.length; i++) events.push(...r.push(bytes.subarray(i, i + 1)));
    expect(show(events)).toEqual(['error 1002 @2']);
  });
});

describe('MessageReader.skipVouchedMessage', () => {
  const takeover = agreementOf({ serverNoContextTakeover: false, clientNoContextTakeover: false });
  const text = (s: string) => new TextEncoder().encode(s);

  it('advances the stream offset as reading the frame would: a later error has the same offset', () => {
    const read = new MessageReader({ role: 'client' });
    const skipped = new MessageReader({ role: 'client' });
    const frame = encodeFrame({ opcode: OPCODE_TEXT, payload: text('x'.repeat(300)) }).bytes;
    expect(show(read.push(frame))).toEqual([`message ${bytesToHex(text('x'.repeat(300)))}`]);
    expect(skipped.skipVouchedMessage(frame.length, 300)).toBe(true);
    const bad = hex('80 01 62');
    expect(show(skipped.push(bad))).toEqual(show(read.push(bad)));
    expect(show(skipped.push(bad))).toEqual([]);
  });

  it('keeps the inflater\'s window with context takeover: a repeat that refers back inflates as if the first had been read', () => {
    const deflater = new MessageDeflater({ contextTakeover: true });
    const first = encodeDeflatedMessage(deflater, OPCODE_TEXT, text('{"id":1,"data":"abcdefghijklmnop"}')).frame.bytes;
    const second = encodeDeflatedMessage(deflater, OPCODE_TEXT, text('{"id":2,"data":"abcdefghijklmnop"}')).frame.bytes;
    const read = new MessageReader({ role: 'client', deflate: takeover });
    const skipped = new MessageReader({ role: 'client', deflate: takeover });
    read.push(first);
    expect(skipped.skipVouchedMessage(first.length, first.length - 2, text('{"id":1,"data":"abcdefghijklmnop"}'))).toBe(true);
    const got = show(skipped.push(second));
    expect(got).toEqual(show(read.push(second)));
    expect(got).toEqual([`message ${bytesToHex(text('{"id":2,"data":"abcdefghijklmnop"}'))}`]);
  });

  it('refuses, changing nothing, where reading could say something else', () => {
    const midMessage = new MessageReader({ role: 'client' });
    midMessage.push(hex('01 01 48'));
    expect(midMessage.skipVouchedMessage(3, 1)).toBe(false);
    expect(show(midMessage.push(hex('80 01 69')))).toEqual(['message 48 69']);
    const midFrame = new MessageReader({ role: 'client' });
    midFrame.push(hex('81 05 48'));
    expect(midFrame.skipVouchedMessage(3, 1)).toBe(false);
    const closed = new MessageReader({ role: 'client' });
    closed.push(hex('88 00'));
    expect(closed.skipVouchedMessage(3, 1)).toBe(false);
    // A server reads masked frames; RSV1 needs permessage-deflate; a limit caps the payload.
    expect(new MessageReader({ role: 'server' }).skipVouchedMessage(3, 1)).toBe(false);
    expect(new MessageReader({ role: 'client' }).skipVouchedMessage(3, 1, text('a'))).toBe(false);
    expect(new MessageReader({ role: 'client', maxPayload: 10 }).skipVouchedMessage(13, 11)).toBe(false);
    expect(new MessageReader({ role: 'client', deflate: takeover, maxPayload: 10 }).skipVouchedMessage(5, 3, text('a'.repeat(11)))).toBe(false);
  });
});
