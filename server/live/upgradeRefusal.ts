/**
 * Refusing an upgrade request: the answer goes straight onto the socket (there
 * is no ServerResponse for an upgrade), built by the project's HTTP codec, with
 * an empty body and Connection: close, and the socket is closed once it is sent.
 */
import type { Duplex } from 'node:stream';
import { serializeResponse, type HttpHeader } from '../../src/sim/index';

/** Header naming the rule a refused upgrade broke (camelCase, as in the JSON `error` of the HTTP endpoints). */
export const REFUSAL_HEADER = 'Socket-Lab-Error';

/** Writes `bytes` and closes the socket once they are flushed. */
export function writeAndClose(socket: Duplex, bytes: Uint8Array): void {
  // A client that hangs up first must not turn into an unhandled 'error'.
  socket.on('error', ignore);
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.once('finish', () => socket.destroy());
  socket.end(bytes);
}

/** Answers an upgrade request with `status` and closes the connection. */
export function upgradeRefusal(socket: Duplex, status: number, error: string, headers: readonly HttpHeader[] = []): void {
  const response = serializeResponse({
    status,
    headers: [...headers, { name: REFUSAL_HEADER, value: error }, { name: 'Connection', value: 'close' }, { name: 'Content-Length', value: '0' }],
  });
  writeAndClose(socket, response.bytes);
}

function ignore(): void {}
