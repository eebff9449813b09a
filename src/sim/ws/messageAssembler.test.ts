import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from './hex';
import { MessageAssembler, type AssemblerEvent } from './messageAssembler';
import { OPCODE_BINARY, OPCODE_CLOSE, OPCODE_CONTINUATION, OPCODE_PING, OPCODE_TEXT, type Opcode } from './opcodes';
import type { WsFrame } from './types';

const hex = (s: string) => hexToBytes(s)!;
const frame = (opcode: Opcode, payload: string, fin = true): WsFrame =>
  ({ fin, rsv1: false, rsv2: false, rsv3: false, opcode, payload: hex(payload) });

function describeEvent(e: AssemblerEvent | undefined): string {
  if (!e) return '-';
  switch (e.kind) {
    case 'message': return `message ${e.opcode} ${bytesToHex(e.data)} (${e.fragments})`;
    case 'ping':
    case 'pong': return `${e.kind} ${bytesToHex(e.payload)}`;
    case 'close': return `close ${e.code} ${e.reason}`;
    case 'error': return `error ${e.error.code} ${e.error.closeCode} @${e.error.offset}`;
  }
}

/** Pushes frames as if each sat in a stream at offset 10·i with a 2-byte header. */
function run(frames: WsFrame[], options = {}): string[] {
  const a = new MessageAssembler(options);
  return frames.map((f, i) => describeEvent(a.push(f, i * 10, 2)));
}

describe('MessageAssembler', () => {
  it('joins three fragments into one message', () => {
    expect(run([frame(OPCODE_BINARY, '01', false), frame(OPCODE_CONTINUATION, '02', false), frame(OPCODE_CONTINUATION, '03')]))
      .toEqual(['-', '-', 'message 2 01 02 03 (3)']);
  });

  it('passes a ping and a pong through between fragments', () => {
    expect(run([frame(OPCODE_TEXT, '48', false), frame(OPCODE_PING, 'aa'), frame(0xa, ''), frame(OPCODE_CONTINUATION, '69')]))
      .toEqual(['-', 'ping aa', 'pong ', 'message 1 48 69 (2)']);
  });

  it('rejects a continuation with nothing to continue with 1002', () => {
    expect(run([frame(OPCODE_CONTINUATION, '61')])).toEqual(['error WS_ERR_INVALID_OPCODE 1002 @0']);
  });

  it('rejects a new text frame while a fragmented message is open with 1002', () => {
    expect(run([frame(OPCODE_BINARY, '01', false), frame(OPCODE_TEXT, '61')])).toEqual(['-', 'error WS_ERR_INVALID_OPCODE 1002 @10']);
  });

  it('accepts a code point split across fragments (€ = e2 82 ac)', () => {
    expect(run([frame(OPCODE_TEXT, 'e2', false), frame(OPCODE_CONTINUATION, '82', false), frame(OPCODE_CONTINUATION, 'ac')]))
      .toEqual(['-', '-', 'message 1 e2 82 ac (3)']);
  });

  it('fails fast with 1007 in the fragment where UTF-8 breaks, not at the end of the message', () => {
    expect(run([frame(OPCODE_TEXT, '61 ed a0', false), frame(OPCODE_CONTINUATION, '80')])).toEqual(['error WS_ERR_INVALID_UTF8 1007 @4', '-']);
  });

  it('rejects a text message that ends inside a code point with 1007', () => {
    expect(run([frame(OPCODE_TEXT, '61 e2 82')])).toEqual(['error WS_ERR_INVALID_UTF8 1007 @5']);
  });

  it('does not validate binary messages as UTF-8', () => {
    expect(run([frame(OPCODE_BINARY, 'ff fe')])).toEqual(['message 2 ff fe (1)']);
  });

  it('rejects a message whose fragments add up to more than maxPayload with 1009', () => {
    expect(run([frame(OPCODE_BINARY, '01 02', false), frame(OPCODE_CONTINUATION, '03 04')], { maxPayload: 3 }))
      .toEqual(['-', 'error WS_ERR_UNSUPPORTED_MESSAGE_LENGTH 1009 @11']);
  });

  it('reads a close frame\'s code and reason, and reports 1005 for an empty one', () => {
    expect(run([frame(OPCODE_CLOSE, '03 e9 62 79 65')])).toEqual(['close 1001 bye']);
    expect(run([frame(OPCODE_CLOSE, '')])).toEqual(['close 1005 ']);
  });

  it('rejects hand-built control frames that are fragmented or too long with 1002', () => {
    expect(run([frame(OPCODE_PING, '', false)])).toEqual(['error WS_ERR_EXPECTED_FIN 1002 @0']);
    expect(run([{ ...frame(OPCODE_PING, ''), payload: new Uint8Array(126) }])).toEqual(['error WS_ERR_INVALID_CONTROL_PAYLOAD_LENGTH 1002 @1']);
  });

  it('ignores frames after an error', () => {
    expect(run([frame(OPCODE_CONTINUATION, ''), frame(OPCODE_TEXT, '61')])).toEqual(['error WS_ERR_INVALID_OPCODE 1002 @0', '-']);
  });

  it('reports a stream that ends inside a fragmented message as 1006', () => {
    const a = new MessageAssembler();
    a.push(frame(OPCODE_TEXT, '61', false));
    expect(a.inMessage).toBe(true);
    expect(describeEvent(a.end(3))).toBe('error WS_ERR_TRUNCATED_MESSAGE 1006 @3');
  });
});
