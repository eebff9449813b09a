import { describe, expect, it } from 'vitest';
import { checkFrameHeaders } from './frameRules';
import type { StompFrame } from './types';

const frame = (command: StompFrame['command'], ...pairs: [string, string][]): StompFrame => ({ command, headers: pairs.map(([name, value]) => ({ name, value })), body: new Uint8Array(0) });

describe('checkFrameHeaders', () => {
  it('asks SEND for a destination', () => {
    expect(checkFrameHeaders(frame('SEND'), '1.2')).toMatchObject({ code: 'STOMP_ERR_MISSING_HEADER', values: { command: 'SEND', header: 'destination' } });
    expect(checkFrameHeaders(frame('SEND', ['destination', '/topic/a']), '1.2')).toBeUndefined();
  });

  it('names an ACK by id in 1.2 and by message-id and subscription in 1.1', () => {
    expect(checkFrameHeaders(frame('ACK', ['id', '1']), '1.2')).toBeUndefined();
    expect(checkFrameHeaders(frame('ACK', ['id', '1']), '1.1')).toMatchObject({ values: { header: 'message-id' } });
  });

  it('rejects an unknown ack mode and a malformed heart-beat', () => {
    expect(checkFrameHeaders(frame('SUBSCRIBE', ['destination', '/q'], ['id', '0'], ['ack', 'sometimes']), '1.2')).toMatchObject({ code: 'STOMP_ERR_INVALID_HEADER', values: { header: 'ack' } });
    expect(checkFrameHeaders(frame('CONNECT', ['accept-version', '1.2'], ['host', 'h'], ['heart-beat', 'x']), '1.2')).toMatchObject({ values: { header: 'heart-beat' } });
  });
});
