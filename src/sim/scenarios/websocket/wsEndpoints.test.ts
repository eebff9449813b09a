import { describe, expect, it } from 'vitest';
import { createPrng } from '../../engine/createPrng';
import { RecordedTransfer } from '../../timeline/recordedTransfer';
import { encodeFrame } from '../../ws/encodeFrame';
import { OPCODE_PING, OPCODE_TEXT } from '../../ws/opcodes';
import { defaultParams } from '../defaultParams';
import { handshakeKey, MaskSource, upgradeRequest } from '../webSocketMessages';
import type { WireMessage } from '../../timeline/timelineBuilder';
import type { WsAction, WsSession } from './wsActions';
import { WsClient } from './wsClient';
import { WsServer } from './wsServer';

const params = { ...defaultParams('websocket'), pingIntervalMs: 1000 };
const key = handshakeKey(createPrng(1));
const masks = () => new MaskSource(createPrng(2));
const session = (): WsSession => ({ cause: undefined });
/** The 101 the server sent, as a transfer the client can read. */
const responseTo = (actions: readonly WsAction[]) => {
  const answer = actions[0];
  if (answer?.kind !== 'send') throw new Error('the server sent nothing');
  return new RecordedTransfer(1, 'http-response', 'server', 'client', 1, 50, 100, answer.frame.message as WireMessage, '101', []);
};
const request = () => {
  const message = upgradeRequest(params.headerSet, key, false);
  return new RecordedTransfer(0, 'http-request', 'client', 'server', 1, 0, 50, message, 'GET /chat', []);
};

describe('WsServer', () => {
  it('answers a valid upgrade with 101, reports the connection upgraded and arms its heartbeat, as data', () => {
    const actions = new WsServer(params, masks(), session(), Infinity).gotRequest(request(), 50);
    expect(actions.map((a) => a.kind)).toEqual(['send', 'state', 'schedule']);
    expect(actions[0]).toMatchObject({ kind: 'send', transfer: 'http-response', frame: { summary: '101 Switching Protocols' } });
    expect(actions[2]).toEqual({ kind: 'schedule', at: 1050, event: 'heartbeat' });
  });

  it('gives up at the next heartbeat when the last ping got no pong: FIN, then a 1006 close report', () => {
    const s = session();
    const server = new WsServer(params, masks(), s, Infinity);
    server.gotRequest(request(), 50);
    expect(server.heartbeat(1050).map((a) => a.kind)).toEqual(['timer', 'send', 'schedule']);
    const actions = server.heartbeat(2050);
    expect(actions.map((a) => a.kind)).toEqual(['timer', 'end-tcp', 'ws-close']);
    expect(s.cause).toBe('heartbeat-timeout');
  });
});

describe('WsClient', () => {
  it('sends the upgrade at once over ws://, and schedules TLS first over wss://', () => {
    const plain = new WsClient(params, key, masks(), session(), Infinity, () => false).tcpReady(0, 100);
    expect(plain).toMatchObject([{ kind: 'send', transfer: 'http-request' }]);
    const secure = new WsClient({ ...params, secure: true }, key, masks(), session(), Infinity, () => false).tcpReady(0, 100);
    expect(secure).toEqual([{ kind: 'schedule', at: 100, event: 'tls-ready' }]);
  });

  it('ignores frames before the handshake, then answers a ping with a pong once open', () => {
    const client = new WsClient(params, key, masks(), session(), Infinity, () => false);
    const ping = encodeFrame({ opcode: OPCODE_PING, payload: new Uint8Array(0) }).bytes;
    expect(client.gotFrame(ping, 10)).toEqual([{ kind: 'ignore' }]);
    const server = new WsServer(params, masks(), session(), Infinity);
    expect(client.gotResponse(responseTo(server.gotRequest(request(), 50))).map((a) => a.kind)).toEqual(['state']);
    expect(client.gotFrame(ping, 200)).toMatchObject([{ kind: 'arrive' }, { kind: 'send', frame: { summary: 'Pong' } }]);
  });

  it('fails the connection with Close 1002 when a server frame is masked', () => {
    const s = session();
    const client = new WsClient(params, key, masks(), s, Infinity, () => false);
    const server = new WsServer(params, masks(), session(), Infinity);
    client.gotResponse(responseTo(server.gotRequest(request(), 50)));
    const masked = encodeFrame({ opcode: OPCODE_TEXT, payload: new Uint8Array([104, 105]), maskingKey: new Uint8Array([1, 2, 3, 4]) }).bytes;
    const actions = client.gotFrame(masked, 200);
    expect(actions.map((a) => a.kind)).toEqual(['ignore', 'send', 'ws-close', 'end-tcp']);
    expect(actions[1]).toMatchObject({ frame: { summary: 'Close 1002' } });
    expect(s.cause).toBe('protocol-error');
  });
});
