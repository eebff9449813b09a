import { describe, expect, it } from 'vitest';
import { EchoSocket, LAB_PROTOCOL, type SessionEvent, type WebSocketLike } from './echoSocket';

/** A WebSocket the test drives by hand. */
class FakeSocket implements WebSocketLike {
  binaryType: BinaryType = 'blob';
  protocol = '';
  readyState = 0;
  onopen: WebSocketLike['onopen'] = null;
  onmessage: WebSocketLike['onmessage'] = null;
  onerror: WebSocketLike['onerror'] = null;
  onclose: WebSocketLike['onclose'] = null;
  readonly sent: (string | ArrayBuffer)[] = [];
  closedWith: [number?, string?] | null = null;
  constructor(readonly url: string, readonly protocols: string[]) {}
  send(data: string | ArrayBuffer): void {
    this.sent.push(data);
  }
  close(code?: number, reason?: string): void {
    this.closedWith = [code, reason];
    this.readyState = 2;
  }
  accept(protocol: string): void {
    this.protocol = protocol;
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }
  receive(data: string | ArrayBuffer): void {
    this.onmessage?.({ data } as MessageEvent);
  }
  closed(code: number, reason: string, wasClean: boolean): void {
    this.readyState = 3;
    this.onclose?.({ code, reason, wasClean } as CloseEvent);
  }
}

function setup() {
  const sockets: FakeSocket[] = [];
  const events: SessionEvent[] = [];
  let clock = 0;
  const echo = new EchoSocket({
    open: (url, protocols) => sockets[sockets.push(new FakeSocket(url, protocols)) - 1]!,
    now: () => clock,
    emit: (event) => events.push(event),
  });
  return { echo, sockets, events, advance: (ms: number) => (clock += ms) };
}

describe('EchoSocket', () => {
  it('offers the lab subprotocol and reports connecting, then open', () => {
    const { echo, sockets, events } = setup();
    echo.connect('ws://h/ws?mirror=1');
    sockets[0]!.accept(LAB_PROTOCOL);
    expect(sockets[0]!.protocols).toEqual([LAB_PROTOCOL]);
    expect(sockets[0]!.binaryType).toBe('arraybuffer');
    expect(events).toEqual([{ kind: 'connecting', url: 'ws://h/ws?mirror=1' }, { kind: 'open', url: 'ws://h/ws?mirror=1', protocol: LAB_PROTOCOL }]);
  });

  it('times the round trip from a send to its echo envelope', () => {
    const { echo, sockets, events, advance } = setup();
    echo.connect('ws://h/ws');
    sockets[0]!.accept(LAB_PROTOCOL);
    expect(echo.sendText('hi')).toBe(true);
    advance(3.5);
    sockets[0]!.receive('{"type":"echo","data":"hi","receivedAt":1,"writtenAt":2}');
    expect(events.at(-2)).toMatchObject({ kind: 'sent', opcode: 'text', text: 'hi' });
    expect(events.at(-1)).toMatchObject({ kind: 'echo', data: 'hi', roundTripMs: 3.5 });
  });

  it('passes mirror reports on as they are', () => {
    const { echo, sockets, events } = setup();
    echo.connect('ws://h/ws');
    sockets[0]!.accept(LAB_PROTOCOL);
    const frame = { index: 0, fin: true, opcode: 8, opcodeName: 'close', masked: true, maskingKey: '01 02 03 04', lengthEncoding: '7-bit', payloadLength: 2, headerLength: 6, headerHex: '88 82 01 02 03 04', payloadHex: '03 e8', close: { code: 1000, reason: '' } };
    sockets[0]!.receive(JSON.stringify({ type: 'mirror', frame }));
    expect(events.at(-1)).toEqual({ kind: 'mirror', frame });
  });

  it('reads text from a server without the lab protocol as a plain message, and binary as bytes', () => {
    const { echo, sockets, events } = setup();
    echo.connect('wss://other/');
    sockets[0]!.accept('');
    sockets[0]!.receive('{"type":"echo","data":"x"}');
    sockets[0]!.receive(new Uint8Array([1, 2]).buffer);
    expect(events.at(-2)).toMatchObject({ kind: 'received', opcode: 'text', text: '{"type":"echo","data":"x"}' });
    expect(events.at(-1)).toMatchObject({ kind: 'received', opcode: 'binary', payload: new Uint8Array([1, 2]) });
  });

  it('refuses to send before the connection is open', () => {
    const { echo, sockets } = setup();
    expect(echo.sendText('early')).toBe(false);
    echo.connect('ws://h/ws');
    expect(echo.sendBinary(new Uint8Array([1]))).toBe(false);
    expect(sockets[0]!.sent).toEqual([]);
  });

  it('reports the close code, reason and whether the close was clean', () => {
    const { echo, sockets, events } = setup();
    echo.connect('ws://h/ws');
    sockets[0]!.accept(LAB_PROTOCOL);
    expect(echo.close(1000, 'bye')).toBe(true);
    expect(sockets[0]!.closedWith).toEqual([1000, 'bye']);
    expect(events.at(-1)).toEqual({ kind: 'sent', opcode: 'close', payload: new Uint8Array([0x03, 0xe8, 0x62, 0x79, 0x65]) });
    sockets[0]!.closed(1000, 'bye', true);
    expect(events.at(-1)).toEqual({ kind: 'closed', code: 1000, reason: 'bye', wasClean: true });
  });

  it('turns a URL the browser refuses outright into an error and a 1006 close', () => {
    const events: SessionEvent[] = [];
    const echo = new EchoSocket({ open: () => { throw new SyntaxError('bad'); }, now: () => 0, emit: (event) => events.push(event) });
    echo.connect('ws://h/');
    expect(events.slice(1)).toEqual([{ kind: 'error' }, { kind: 'closed', code: 1006, reason: '', wasClean: false }]);
  });

  it('forgets the old connection when connecting again, so its late events do not show', () => {
    const { echo, sockets, events } = setup();
    echo.connect('ws://a/');
    echo.connect('ws://b/');
    sockets[0]!.closed(1006, '', false);
    expect(sockets[0]!.closedWith).toEqual([undefined, undefined]);
    expect(events.filter((event) => event.kind === 'closed')).toEqual([]);
  });

  it('asks a lab server for a ping and reports the server’s Ping and a refusal in words', () => {
    const { echo, sockets, events } = setup();
    echo.connect('ws://h/ws?mirror=1');
    sockets[0]!.accept(LAB_PROTOCOL);
    expect(echo.lab).toBe(true);
    expect(echo.requestPing('are you there')).toBe(true);
    expect(sockets[0]!.sent.at(-1)).toBe('{"request":"ping","data":"are you there"}');
    expect(events.at(-1)).toEqual({ kind: 'ping-requested', data: 'are you there', requestBytes: 41 });
    sockets[0]!.receive('{"type":"pinged","data":"are you there","writtenAt":5}');
    expect(events.at(-1)).toEqual({ kind: 'pinged', data: 'are you there' });
    sockets[0]!.receive('{"type":"request-error","request":"ping","error":"controlPayloadTooLong","message":"too long","writtenAt":6}');
    expect(events.at(-1)).toEqual({ kind: 'request-error', message: 'too long' });
  });

  it('does not send a ping request to a server without the lab subprotocol', () => {
    const { echo, sockets } = setup();
    echo.connect('ws://elsewhere/');
    sockets[0]!.accept('');
    expect(echo.lab).toBe(false);
    expect(echo.requestPing('x')).toBe(false);
    expect(sockets[0]!.sent).toEqual([]);
  });
});
