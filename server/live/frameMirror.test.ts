import { describe, expect, it } from 'vitest';
import { bytesToHex, CLOSE_NORMAL, CLOSE_PROTOCOL_ERROR, encodeClosePayload, encodeFrame, OPCODE_CLOSE, OPCODE_PING, OPCODE_TEXT, type LengthForm, type Opcode } from '../../src/sim/index';
import { FrameMirror } from './frameMirror';
import type { LabMessage } from './liveMessages';
import { ManualClock } from './manualClock';

const KEY = [1, 2, 3, 4];

function mirror(): { m: FrameMirror; sent: LabMessage[] } {
  const sent: LabMessage[] = [];
  const m = new FrameMirror({ clock: new ManualClock(), maxPayload: 1 << 20, send: (text) => sent.push(JSON.parse(text) as LabMessage) });
  return { m, sent };
}

const frame = (text: string, lengthForm: LengthForm = 'minimal', opcode: Opcode = OPCODE_TEXT) =>
  encodeFrame({ opcode, payload: Buffer.from(text), maskingKey: KEY }, { lengthForm }).bytes;

describe('FrameMirror', () => {
  it('captures the exact header bytes wherever the stream is cut', () => {
    const stream = Buffer.concat([frame('a', '16-bit'), frame('b'.repeat(200)), frame('c', '64-bit')]);
    for (let cut = 1; cut < stream.length; cut++) {
      const { m, sent } = mirror();
      m.tap(stream.subarray(0, cut));
      m.tap(stream.subarray(cut));
      m.afterEvent();
      m.afterEvent();
      m.afterEvent();
      const headers = sent.map((s) => (s.type === 'mirror' ? s.frame.headerHex : ''));
      expect(headers).toEqual([bytesToHex(stream.subarray(0, 8)), bytesToHex(stream.subarray(9, 17)), bytesToHex(stream.subarray(217, 231))]);
    }
  });

  it('holds each report until the frame it describes has been answered', () => {
    const { m, sent } = mirror();
    m.tap(Buffer.concat([frame('one'), frame('two')]));
    expect(sent).toEqual([]);
    m.afterEvent();
    expect(sent.map((s) => s.type === 'mirror' && s.frame.index)).toEqual([0]);
    m.afterEvent();
    expect(sent.map((s) => s.type === 'mirror' && s.frame.index)).toEqual([0, 1]);
  });

  it('reports a Close frame at once when nothing is waiting ahead of it', () => {
    const { m, sent } = mirror();
    m.tap(Buffer.from(encodeFrame({ opcode: OPCODE_CLOSE, payload: encodeClosePayload(CLOSE_NORMAL, 'ok'), maskingKey: KEY }).bytes));
    expect(sent).toMatchObject([{ type: 'mirror', frame: { opcodeName: 'close', close: { code: CLOSE_NORMAL, reason: 'ok' } } }]);
  });

  it('reports a Close frame right after the answer to the frame before it', () => {
    const { m, sent } = mirror();
    m.tap(Buffer.concat([frame('hi', 'minimal', OPCODE_PING), encodeFrame({ opcode: OPCODE_CLOSE, payload: new Uint8Array(0), maskingKey: KEY }).bytes]));
    expect(sent).toEqual([]);
    m.afterEvent();
    expect(sent.map((s) => s.type === 'mirror' && s.frame.opcodeName)).toEqual(['ping', 'close']);
  });

  it('reports a decoding error and then ignores the rest of the stream', () => {
    const { m, sent } = mirror();
    m.tap(Buffer.from(encodeFrame({ opcode: OPCODE_TEXT, payload: Buffer.from('x') }).bytes));
    expect(sent).toMatchObject([{ type: 'mirror-error', error: { code: 'WS_ERR_EXPECTED_MASK', closeCode: CLOSE_PROTOCOL_ERROR } }]);
    m.tap(Buffer.from(frame('more')));
    m.afterEvent();
    expect(sent.length).toBe(1);
  });
});
