import { describe, expect, it } from 'vitest';
import { predictEcho } from './predictEcho';

describe('predictEcho', () => {
  it('counts a Socket.IO echo as 4 + 2<id>["echo",text] out and 4 + 3<id>[text] back', () => {
    // 421["echo","hello"] is 19 bytes; 431["hello"] is 12.
    expect(predictEcho('socketio', 'hello', 1, 'websocket')).toEqual({ sentBytes: 19, receivedBytes: 12 });
    expect(predictEcho('socketio', 'hello', 10, 'polling')).toEqual({ sentBytes: 20, receivedBytes: 13 });
  });

  it('counts a SockJS echo as ["text"] out and a["text"] back, with a newline on HTTP transports', () => {
    expect(predictEcho('sockjs', 'hi', 0, 'websocket')).toEqual({ sentBytes: 6, receivedBytes: 7 });
    expect(predictEcho('sockjs', 'hi', 0, 'xhr-streaming')).toEqual({ sentBytes: 6, receivedBytes: 8 });
  });
});
