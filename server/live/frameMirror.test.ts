import { describe, expect, it } from 'vitest';
import { bytesToHex, CLOSE_NORMAL, CLOSE_PROTOCOL_ERROR, encodeClosePayload, encodeFrame, OPCODE_CLOSE, OPCODE_CONTINUATION, OPCODE_PING, OPCODE_TEXT, type LengthForm, type Opcode } from '../../src/sim/index';
import { FrameMirror, type MirrorBudget } from './frameMirror';
import type { LabMessage } from './liveMessages';
import { ManualClock } from './manualClock';

const KEY = [1, 2, 3, 4];

function mirror(budget: MirrorBudget = { messageBytes: 1 << 20, connectionBytes: 1 << 20 }): { m: FrameMirror; sent: LabMessage[] } {
  const sent: LabMessage[] = [];
  const m = new FrameMirror({ clock: new ManualClock(), maxPayload: 1 << 20, budget, send: (text) => sent.push(JSON.parse(text) as LabMessage) });
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

  it('past the per-message budget, counts the frames of an open message instead of holding a report for each', () => {
    const { m, sent } = mirror({ messageBytes: 4096, connectionBytes: 1 << 20 });
    const empty = (opcode: Opcode, fin: boolean) => encodeFrame({ opcode, fin, payload: new Uint8Array(0), maskingKey: KEY }).bytes;
    const flood = [empty(OPCODE_TEXT, false)];
    for (let i = 0; i < 5000; i++) flood.push(empty(OPCODE_CONTINUATION, false));
    m.tap(Buffer.concat(flood));
    // About 4 KiB of reports wait, not the ~2.5 MB that 5,001 reports would take.
    expect(m.pendingReportBytes).toBeLessThan(4096 + 1024);
    m.tap(Buffer.from(empty(OPCODE_CONTINUATION, true)));
    m.afterEvent();
    const reported = sent.filter((s) => s.type === 'mirror');
    const truncated = sent.filter((s) => s.type === 'mirror-truncated');
    expect(truncated).toEqual([{ type: 'mirror-truncated', firstIndex: reported.length, frames: 5002 - reported.length, limit: 'message', budgetBytes: 4096 }]);
    expect(m.pendingReportBytes).toBe(0);
  });

  it('reports the next message in full again after a truncated one', () => {
    const { m, sent } = mirror({ messageBytes: 1024, connectionBytes: 1 << 20 });
    const parts = [encodeFrame({ opcode: OPCODE_TEXT, fin: false, payload: new Uint8Array(0), maskingKey: KEY }).bytes];
    for (let i = 0; i < 50; i++) parts.push(encodeFrame({ opcode: OPCODE_CONTINUATION, fin: i === 49, payload: new Uint8Array(0), maskingKey: KEY }).bytes);
    m.tap(Buffer.concat(parts));
    m.afterEvent();
    sent.length = 0;
    m.tap(Buffer.from(frame('next')));
    m.afterEvent();
    expect(sent).toMatchObject([{ type: 'mirror', frame: { index: 51, opcodeName: 'text' } }]);
  });

  it('past the per-connection budget, keeps control frames in step with the answers ws gives', () => {
    const { m, sent } = mirror({ messageBytes: 1 << 20, connectionBytes: 1500 });
    const pings = [];
    for (let i = 0; i < 20; i++) pings.push(frame(`p${i}`, 'minimal', OPCODE_PING));
    m.tap(Buffer.concat(pings));
    expect(m.pendingReportBytes).toBeLessThan(1500 + 2048);
    for (let i = 0; i < 20; i++) m.afterEvent();
    const shown = sent.map((s) => (s.type === 'mirror' ? s.frame.index : s.type === 'mirror-truncated' ? `skip ${s.firstIndex}` : s.type));
    // Every ping gets exactly one line, in order: a report while they fit, a one-frame note after.
    expect(shown).toHaveLength(20);
    expect(shown[0]).toBe(0);
    expect(shown[19]).toBe('skip 19');
    expect(m.pendingReportBytes).toBe(0);
  });

  it('stops reading at the frame past maxFragments, where ws fails the connection, even inside one chunk', () => {
    const sent: LabMessage[] = [];
    const m = new FrameMirror({ clock: new ManualClock(), maxPayload: 1 << 20, budget: { messageBytes: 1 << 20, connectionBytes: 1 << 20 }, maxFragments: 3, send: (text) => sent.push(JSON.parse(text) as LabMessage) });
    const part = (opcode: Opcode) => encodeFrame({ opcode, fin: false, payload: new Uint8Array(0), maskingKey: KEY }).bytes;
    m.tap(Buffer.concat([part(OPCODE_TEXT), part(OPCODE_CONTINUATION), part(OPCODE_CONTINUATION), part(OPCODE_CONTINUATION), part(OPCODE_CONTINUATION)]));
    m.afterEvent();
    expect(sent.map((s) => s.type === 'mirror' && s.frame.index)).toEqual([0, 1, 2]);
    expect(m.pendingReportBytes).toBe(0);
  });
});

