import { describe, expect, it } from 'vitest';
import { defaultParams, encodeFrame, encodeUtf8, OPCODE_TEXT, runScenario, type Actor, type Transfer } from '../../sim';
import { formatTransferDump } from './formatTransferDump';
import { toPlainText } from './terminalLine';

const actors: Actor[] = [{ id: 'client', role: 'client' }, { id: 'server', role: 'server' }];

function frameTransfer(bytes: Uint8Array, from: string, to: string): Transfer {
  return { id: 0, kind: 'ws-frame', from, to, connection: 1, sentAt: 12.5, arrivedAt: 62.5, bytes, fields: [], headerBytes: 2, payloadBytes: bytes.length - 2, summary: 'text "Hello"', carries: [] };
}

const plain = (transfer: Transfer, limit?: number) => formatTransferDump(transfer, actors, { limit }).map(toPlainText);

describe('formatTransferDump', () => {
  it('heads an HTTP request with time, direction, summary and length, then dumps its bytes', () => {
    const timeline = runScenario('polling', defaultParams('polling'));
    const request = timeline.transfers.find((transfer) => transfer.kind === 'http-request')!;
    const [heading, first] = plain(request);
    expect(heading).toContain('Client → Server');
    expect(heading).toContain(request.summary);
    expect(heading).toContain(`${request.bytes.length} bytes`);
    expect(first!.startsWith('0000  47 45 54 20')).toBe(true);
  });

  it('names a server text frame’s opcode and flags as the codec reads them', () => {
    const bytes = encodeFrame({ opcode: OPCODE_TEXT, payload: encodeUtf8('Hello') }).bytes;
    const [heading, row] = plain(frameTransfer(bytes, 'server', 'client'));
    expect(heading).toBe('    12.5 ms  Server → Client  text "Hello"  7 bytes  text (opcode 0x1)  FIN=1 MASK=0');
    expect(row).toContain('81 05 48 65 6c 6c 6f');
  });

  it('shows MASK=1 for a masked client frame', () => {
    const bytes = encodeFrame({ opcode: OPCODE_TEXT, payload: encodeUtf8('Hello'), maskingKey: [0x37, 0xfa, 0x21, 0x3d] }).bytes;
    expect(plain(frameTransfer(bytes, 'client', 'server'))[0]).toContain('FIN=1 MASK=1');
  });

  it('says why the receiver rejects a frame that breaks a rule', () => {
    const masked = encodeFrame({ opcode: OPCODE_TEXT, payload: encodeUtf8('Hello'), maskingKey: [1, 2, 3, 4] }).bytes;
    expect(plain(frameTransfer(masked, 'server', 'client'))[0]).toContain('the receiver rejects it: WS_ERR_UNEXPECTED_MASK, close code 1002');
  });

  it('caps a long payload and says how many bytes it left out', () => {
    const bytes = encodeFrame({ opcode: OPCODE_TEXT, payload: new Uint8Array(1000).fill(0x61) }).bytes;
    const lines = plain(frameTransfer(bytes, 'server', 'client'), 256);
    expect(lines).toHaveLength(1 + 16 + 1);
    expect(lines.at(-1)).toBe(`… ${(bytes.length - 256).toLocaleString('en')} more bytes`);
  });

  it('marks a transfer the network lost', () => {
    const bytes = encodeFrame({ opcode: OPCODE_TEXT, payload: encodeUtf8('Hello') }).bytes;
    expect(plain({ ...frameTransfer(bytes, 'server', 'client'), lost: true })[0]).toMatch(/lost on the way$/);
  });
});
