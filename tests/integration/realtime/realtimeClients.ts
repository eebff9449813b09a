/**
 * The real client libraries, loaded with Node's own resolution (the test
 * runner resolves for the browser, where socket.io-client and sockjs-client
 * would pick their XMLHttpRequest builds), plus a plain HTTP helper.
 */
import { createRequire } from 'node:module';
import type { io as ioType, Socket } from 'socket.io-client';
import type SockJSType from 'sockjs-client';
import { within } from '../support/within';

const require = createRequire(import.meta.url);

// The test runner starts Node with the "browser" export condition (for Svelte), so engine.io-client's
// require('ws') would get ws's browser stub, which has no WebSocket. Point that entry at ws's Node build.
const engineRequire = createRequire(require.resolve('engine.io-client'));
const wsForNode = engineRequire.resolve('ws').replace(/browser\.js$/, 'index.js');
if (wsForNode !== engineRequire.resolve('ws')) {
  require(wsForNode);
  require.cache[engineRequire.resolve('ws')] = require.cache[wsForNode];
}

/** socket.io-client's `io`. */
export const io = (require('socket.io-client') as { io: typeof ioType }).io;
/** sockjs-client's constructor. */
export const SockJS = require('sockjs-client') as typeof SockJSType;

/** Resolves with the first arguments of `event` on `socket`. */
export function nextEvent<T extends unknown[]>(socket: Socket, event: string, ms = 3000): Promise<T> {
  return within(new Promise<T>((resolve) => socket.once(event, (...args: unknown[]) => resolve(args as T))), ms, `the "${event}" event`);
}

/** Connects `socket` (created with autoConnect false or not yet connected) and waits for "connect". */
export async function connected(socket: Socket, ms = 3000): Promise<Socket> {
  if (socket.connected) return socket;
  await within(new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  }), ms, 'the Socket.IO connection');
  return socket;
}

/** An HTTP answer's status and body text. */
export async function request(url: string, init: RequestInit = {}): Promise<{ status: number; body: string; headers: Headers }> {
  const res = await within(fetch(url, init), 3000, `an answer from ${url}`);
  return { status: res.status, body: await res.text(), headers: res.headers };
}
