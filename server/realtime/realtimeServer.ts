/**
 * The real Socket.IO and SockJS libraries on the one HTTP server (see
 * socketIoEndpoint.ts, sockJsEndpoint.ts). The server's request handler and
 * its upgrade handler offer each request to `handleRequest` / `handleUpgrade`
 * before answering it themselves.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { LiveConfig } from '../live/liveConfig';
import { DEFAULT_REALTIME_OPTIONS, SOCKET_IO_PATH, SOCKJS_PATH, isUnder, type RealtimeOptions } from './realtimeOptions';
import { SocketIoEndpoint } from './socketIoEndpoint';
import { SockJsEndpoint } from './sockJsEndpoint';

/** Both endpoints. */
export interface RealtimeServer {
  readonly socketIo: SocketIoEndpoint;
  readonly sockJs: SockJsEndpoint;
  /** Serves `req` if it is under /socket.io/ or /sockjs/; false otherwise. */
  handleRequest(req: IncomingMessage, res: ServerResponse): boolean;
  /** Takes an upgrade under /socket.io/ or /sockjs/; false otherwise (the caller refuses it). */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  close(): Promise<void>;
}

/** Builds both endpoints with the live limits and `options` over the libraries' defaults. */
export function realtimeServer(config: LiveConfig, options: Partial<RealtimeOptions> = {}): RealtimeServer {
  const settings = { ...DEFAULT_REALTIME_OPTIONS, ...options };
  const socketIo = new SocketIoEndpoint(config, settings);
  const sockJs = new SockJsEndpoint(config, settings);
  return {
    socketIo,
    sockJs,
    handleRequest(req, res) {
      if (isUnder(req.url, SOCKET_IO_PATH)) {
        socketIo.handleRequest(req, res);
        return true;
      }
      if (isUnder(req.url, SOCKJS_PATH)) return sockJs.handleRequest(req, res);
      return false;
    },
    handleUpgrade(req, socket, head) {
      if (isUnder(req.url, SOCKET_IO_PATH)) {
        socketIo.handleUpgrade(req, socket, head);
        return true;
      }
      if (isUnder(req.url, SOCKJS_PATH)) return sockJs.handleUpgrade(req, socket, head);
      return false;
    },
    async close() {
      sockJs.close();
      await socketIo.close();
    },
  };
}
