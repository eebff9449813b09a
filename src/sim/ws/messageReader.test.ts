import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from './hex';
import type { AssemblerEvent } from './messageAssembler';
import { MessageReader } from './messageReader';

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
