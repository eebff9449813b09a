import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaultParams';
import type { SocketsParams } from '../scenarioParams';
import { MAX_SOCKET_MESSAGES, normalizeSocketsParams } from './socketsParams';

describe('normalizeSocketsParams', () => {
  it('keeps valid parameters as they are', () => {
    expect(normalizeSocketsParams(defaultParams('sockets'))).toEqual(defaultParams('sockets'));
  });

  it('falls back to the default for an unknown framing or fault, and clamps numbers into range', () => {
    const odd = { ...defaultParams('sockets'), framing: 'xml', fault: 'meteor', mss: 0, port: 70000, callGapMs: Number.NaN } as unknown as SocketsParams;
    const fixed = normalizeSocketsParams(odd);
    expect(fixed.framing).toBe('newline');
    expect(fixed.fault).toBe('none');
    expect(fixed.mss).toBe(1);
    expect(fixed.port).toBe(65534);
    expect(fixed.callGapMs).toBe(1);
  });

  it('drops empty messages when there is no framing to carry them', () => {
    expect(normalizeSocketsParams({ framing: 'none', messages: ['', 'a', ''] }).messages).toEqual(['a']);
    expect(normalizeSocketsParams({ framing: 'newline', messages: ['', 'a'] }).messages).toEqual(['', 'a']);
  });

  it('keeps at most 20 messages and never none', () => {
    expect(normalizeSocketsParams({ messages: Array(50).fill('x') }).messages).toHaveLength(MAX_SOCKET_MESSAGES);
    expect(normalizeSocketsParams({ messages: [] }).messages).toEqual(['hello']);
  });
});
