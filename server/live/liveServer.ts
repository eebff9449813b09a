/**
 * The live side of the one HTTP server: meters every connection (header bytes,
 * handshake time-out), routes the live HTTP endpoints, takes /ws upgrades, and
 * shuts all of it down gracefully.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { systemClock, type Clock } from './clock';
import { HeadMeter } from './headMeter';
import { HeldRequests } from './heldRequests';
import type { LiveConfig } from './liveConfig';
import type { LiveDeps } from './liveContext';
import { liveRouter } from './liveRouter';
import { MemoryGuard } from './memoryGuard';
import { requestHeaderBytes } from './requestHeaderBytes';
import { SendBudget } from './sendBudget';
import { SessionRegistry } from './sessionRegistry';
import { upgradeRefusal } from './upgradeRefusal';
import { WS_PATH, WsEndpoint } from './wsEndpoint';

/** The live endpoints, attached to one HTTP server. */
export interface LiveServer {
  /** Serves `req` if it is a live endpoint; false to let the static site answer. Call it for every request. */
  handleRequest(req: IncomingMessage, res: ServerResponse): boolean;
  /** Ends held requests and streams, closes every WebSocket with 1001, stops the sessions. */
  close(): Promise<void>;
  /** Counts for tests and benches. */
  readonly stats: () => { readonly webSockets: number; readonly held: number; readonly sessions: number; readonly mirrorReportBytes: number };
}

interface Metered {
  readonly meter: HeadMeter;
  readonly onData: (chunk: Buffer) => void;
  readonly onClose: () => void;
}

/** Answers an upgrade itself (a refusal) and returns false, or returns true to let the live side take it. */
export type AdmitUpgrade = (req: IncomingMessage, socket: Duplex) => boolean;

/** Takes an upgrade for another path than /ws (the STOMP broker, Socket.IO, SockJS), or returns false to have it refused with 404. */
export type OtherUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer, path: string) => boolean;

/**
 * Attaches the live endpoints to `server` ('connection' and 'upgrade' listeners); route requests through `handleRequest`.
 * `admitUpgrade` (the server's Host check) sees each upgrade first; `otherUpgrade` takes paths other than /ws.
 */
export function liveServer(
  server: Server,
  config: LiveConfig,
  clock: Clock = systemClock,
  admitUpgrade: AdmitUpgrade = () => true,
  otherUpgrade?: OtherUpgrade,
): LiveServer {
  const memory = new MemoryGuard(config.heapHighWaterMb, clock);
  const sessions = new SessionRegistry({
    clock,
    maxSessions: config.maxSessions,
    maxSessionsPerAddress: config.maxSessionsPerAddress,
    bufferBytes: config.eventBufferBytes,
    overloaded: () => memory.overloaded(),
    sessionIdleMs: config.sessionIdleMs,
    bufferSize: config.eventBuffer,
    defaultRate: config.defaultRate,
  });
  const held = new HeldRequests(config.maxHeldRequests, config.maxHeldPerAddress);
  const deps: LiveDeps = { config, clock, sessions, held, sendBudget: new SendBudget(clock, config.maxSendsPerSecond, config.maxSendsPerAddress) };
  const ws = new WsEndpoint({ config, clock, sessions, memory });
  const meters = new WeakMap<Duplex, Metered>();
  // Connections still read as HTTP, so shutdown can drop those with half a request head (nothing to answer).
  const openHttp = new Set<Socket>();

  server.on('connection', (socket: Socket) => {
    const meter = new HeadMeter({ clock, timeoutMs: config.handshakeTimeoutMs, onTimeout: () => socket.destroy() });
    const onData = (chunk: Buffer): void => meter.push(chunk);
    const onClose = (): void => {
      meter.stop();
      openHttp.delete(socket);
    };
    // Prepended, so it counts each chunk before Node's HTTP parser reads it (and emits 'request').
    socket.prependListener('data', onData);
    socket.once('close', onClose);
    meters.set(socket, { meter, onData, onClose });
    openHttp.add(socket);
  });

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const metered = meters.get(socket);
    const headerBytes = requestHeaderBytes(req, metered?.meter);
    if (metered) {
      // From here on the bytes are WebSocket frames: stop counting, stop the handshake clock, let the meter go.
      metered.meter.stop();
      socket.removeListener('data', metered.onData);
      socket.removeListener('close', metered.onClose);
      meters.delete(socket);
      openHttp.delete(socket as Socket);
    }
    if (!admitUpgrade(req, socket)) return;
    const target = req.url ?? '';
    const path = target.includes('?') ? target.slice(0, target.indexOf('?')) : target;
    if (path !== WS_PATH) return otherUpgrade?.(req, socket, head, path) ? undefined : upgradeRefusal(socket, 404, 'notFound');
    ws.handleUpgrade(req, socket, head, headerBytes, clock.now());
  });

  return {
    handleRequest(req, res) {
      // Every request takes its count, so the meter's queue stays in step with the requests.
      const headerBytes = requestHeaderBytes(req, meters.get(req.socket)?.meter);
      return liveRouter(deps, req, res, headerBytes);
    },
    async close() {
      // A connection in the middle of a request head (or that never sent a byte) has no request to answer
      // and is not idle to Node, so it would hold shutdown for a whole close grace more: drop it now.
      for (const socket of openHttp) if (socket.bytesRead === 0 || meters.get(socket)?.meter.inHead) socket.destroy();
      held.endAll('shutdown');
      await ws.close();
      sessions.close();
    },
    stats: () => ({ webSockets: ws.size, held: held.size, sessions: sessions.size, mirrorReportBytes: ws.mirrorReportBytes }),
  };
}
