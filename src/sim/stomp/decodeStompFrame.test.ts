import { describe, expect, it } from 'vitest';
import { decodeStompFrame } from './decodeStompFrame';
import { wire } from './testBytes';

describe('decodeStompFrame', () => {
  it('reads the first frame after heart-beats', () => {
    const r = decodeStompFrame(wire('\n\nRECEIPT\nreceipt-id:77\n\n^@'));
    expect(r).toMatchObject({ ok: true, offset: 2, length: 24, frame: { command: 'RECEIPT', headers: [{ name: 'receipt-id', value: '77' }] } });
  });

  it('calls an empty buffer or one with heart-beats only truncated', () => {
    expect(decodeStompFrame(wire('\n'))).toMatchObject({ ok: false, error: { code: 'STOMP_ERR_TRUNCATED_FRAME', offset: 1 } });
  });
});
