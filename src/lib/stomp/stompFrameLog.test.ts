import { describe, expect, it } from 'vitest';
import { encodeStompFrame } from '../../sim/stomp';
import { StompFrameLog } from './stompFrameLog';

const frame = (command: 'SEND' | 'MESSAGE', body: string) =>
  encodeStompFrame({ command, headers: [{ name: 'destination', value: '/topic/lab' }, ...(command === 'MESSAGE' ? [{ name: 'subscription', value: 's' }, { name: 'message-id', value: '1' }] : [])], body: new TextEncoder().encode(body) }).bytes;

describe('StompFrameLog', () => {
  it('reads a sent SEND and a received MESSAGE with their headers and bodies', () => {
    const log = new StompFrameLog();
    log.push('sent', new TextDecoder().decode(frame('SEND', 'hi')));
    const entries = log.push('received', frame('MESSAGE', 'hi').buffer as ArrayBuffer);
    expect(entries.map((e) => e.kind === 'frame' && [e.direction, e.command, e.body])).toEqual([['sent', 'SEND', 'hi'], ['received', 'MESSAGE', 'hi']]);
    expect(entries[1]!.kind === 'frame' && entries[1]!.headers.find((h) => h.name === 'destination')?.value).toBe('/topic/lab');
  });

  it('logs a bare EOL as a heart-beat', () => {
    expect(new StompFrameLog().push('received', '\n')).toEqual([{ id: 0, kind: 'heart-beat', direction: 'received', bytes: 1 }]);
  });

  it('joins a frame split across two messages and splits two frames in one', () => {
    const log = new StompFrameLog();
    const bytes = frame('MESSAGE', 'a');
    expect(log.push('received', bytes.slice(0, 10))).toEqual([]);
    log.push('received', bytes.slice(10));
    const two = new Uint8Array([...frame('MESSAGE', 'b'), ...frame('MESSAGE', 'c')]);
    const entries = log.push('received', two);
    expect(entries.map((e) => e.kind === 'frame' && e.body)).toEqual(['a', 'b', 'c']);
  });

  it('reports a frame our codec refuses, with its stable code', () => {
    const entries = new StompFrameLog().push('received', 'BOGUS\n\n\0');
    expect(entries[0]!.kind === 'error' && entries[0]!.error.code).toBe('STOMP_ERR_UNKNOWN_COMMAND');
  });
});
