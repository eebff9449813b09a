/**
 * What the project's codecs say one echo costs, for the same text the reader
 * sent: the Socket.IO EVENT with its ack id inside an engine.io message and
 * the ACK that answers it, or SockJS's JSON-array send and the `a[…]` frame.
 * Shown beside what the real library measured: they should agree to the byte.
 */
import { encodeEngineIoPacket, encodeSockJsFrame, encodeSockJsSend, encodeSocketIoPacket, type EngineIoTransport } from '../../sim';
import type { RealtimeLibrary } from './realtimeTrace';

/** Bytes out and back of one echo. */
export interface EchoBytes {
  readonly sentBytes: number;
  readonly receivedBytes: number;
}

const EVENT = 2;
const ACK = 3;

/** A Socket.IO echo with acknowledgement id `ackId` (socket.io-client counts them from 0). */
export function predictSocketIoEcho(text: string, ackId: number, transport: EngineIoTransport): EchoBytes {
  const message = (data: string) => encodeEngineIoPacket({ type: 'message', data }, { transport }).bytes.length;
  return {
    sentBytes: message(encodeSocketIoPacket({ type: EVENT, nsp: '/', id: ackId, data: ['echo', text] }).text),
    receivedBytes: message(encodeSocketIoPacket({ type: ACK, nsp: '/', id: ackId, data: [text] }).text),
  };
}

/** A SockJS echo: the client's send (a JSON array) and the server's `a[…]` frame; HTTP transports end frames with a newline. */
export function predictSockJsEcho(text: string, transport: string): EchoBytes {
  return {
    sentBytes: encodeSockJsSend([text]).bytes.length,
    receivedBytes: encodeSockJsFrame({ type: 'array', messages: [text] }, { newline: transport !== 'websocket' }).bytes.length,
  };
}

/** One echo's predicted bytes for `library`. */
export function predictEcho(library: RealtimeLibrary, text: string, ackId: number, transport: string): EchoBytes {
  return library === 'socketio' ? predictSocketIoEcho(text, ackId, transport === 'websocket' ? 'websocket' : 'polling') : predictSockJsEcho(text, transport);
}
