import { describe, expect, it } from 'vitest';
import { closeCodeRanges, conversation, handshakeFacts, headerSizes, lengthRows } from './wsLessonFacts';

describe('wsLessonFacts', () => {
  it('quotes the RFC handshake: its accept value and the size of both messages', () => {
    const facts = handshakeFacts();
    expect(facts.accept).toBe('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
    expect(facts.sha1Bytes).toBe(20);
    expect(facts.requestBytes).toBeGreaterThan(facts.responseBytes);
  });

  it('tells a session from handshake to close, frames in hex', () => {
    const rows = conversation();
    expect(rows.map((r) => r.what)).toEqual([
      'wsui.conv.request', 'wsui.conv.response', 'wsui.conv.text', 'wsui.conv.text', 'wsui.conv.binary', 'wsui.conv.ping', 'wsui.conv.pong', 'wsui.conv.close', 'wsui.conv.close',
    ]);
    expect(rows[2]).toMatchObject({ from: 'server', hex: '81 05 48 65 6c 6c 6f', bytes: 7 });
    expect(rows.at(-1)).toMatchObject({ from: 'server', hex: '88 02 03 e8' });
  });

  it('sizes frame headers from 2 to 14 bytes', () => {
    expect(headerSizes()).toEqual({ min: 2, max: 14, maskBytes: 4 });
  });

  it('shows where each length form starts', () => {
    expect(lengthRows().map((r) => [r.payload, r.form, r.serverHeader, r.clientHeader])).toEqual([
      [0, '7-bit', 2, 6], [125, '7-bit', 2, 6], [126, '16-bit', 4, 8], [65535, '16-bit', 4, 8], [65536, '64-bit', 10, 14],
    ]);
    expect(lengthRows()[2]!.headerHex).toBe('82 7e 00 7e');
  });

  it('finds the registered and private close code range by asking the codec', () => {
    expect(closeCodeRanges()).toEqual([{ from: 3000, to: 4999 }]);
  });
});
