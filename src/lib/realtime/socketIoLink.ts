/**
 * The real socket.io-client, loaded only when the reader connects. It traces
 * what engine.io's own events expose: the first transport, the probe and the
 * upgrade, and every packet in both directions ('packet' / 'packetCreate').
 * Packet sizes are measured on what the library produced (a text packet is
 * its type digit and its UTF-8 data on either transport); the WebSocket frame
 * and HTTP heads around them are hidden from pages.
 */
import type { Socket } from 'socket.io-client';
import type { LinkOptions, RealtimeLink } from './realtimeLink';
import { utf8Length } from './realtimeLink';
import { predictSocketIoEcho } from './predictEcho';
import type { TraceEntry } from './realtimeTrace';

const TYPES = ['open', 'close', 'ping', 'pong', 'message', 'upgrade', 'noop'] as const;

interface EnginePacket { type: (typeof TYPES)[number]; data?: unknown }
interface Engine {
  transport: { name: string };
  on(event: 'packet' | 'packetCreate', listener: (packet: EnginePacket) => void): void;
  on(event: 'upgrade' | 'upgrading', listener: (transport: { name: string }) => void): void;
}

function packetEntry(at: number, direction: 'sent' | 'received', transport: string, packet: EnginePacket): TraceEntry {
  const data = typeof packet.data === 'string' ? packet.data : '';
  const binary = packet.data !== undefined && typeof packet.data !== 'string';
  const digit = String(TYPES.indexOf(packet.type));
  return { kind: 'packet', at, direction, transport, type: packet.type, bytes: binary ? -1 : 1 + utf8Length(data), text: binary ? '' : digit + data };
}

/** Connects to this site's /socket.io/ and resolves once the namespace is joined. */
export async function openSocketIo(options: LinkOptions): Promise<RealtimeLink> {
  const { io } = await import('socket.io-client');
  const socket: Socket = io({
    path: '/socket.io/',
    query: options.blockWebSocket ? { block: 'websocket' } : {},
    reconnection: false,
    forceNew: true,
    autoConnect: false,
  });
  let lastSent: TraceEntry | undefined;
  let lastReceived: TraceEntry | undefined;
  // socket.io-client numbers acknowledgements from 0, one per emit that asks for one.
  let nextAckId = 0;
  socket.connect();
  // Manager.open() builds the engine synchronously, before any packet can arrive: every packet is traced.
  const engine = socket.io.engine as unknown as Engine;
  options.onTrace({ kind: 'transport', at: options.now(), name: engine.transport.name });
  engine.on('packetCreate', (packet) => {
    const entry = packetEntry(options.now(), 'sent', engine.transport.name, packet);
    if (packet.type === 'message') lastSent = entry;
    options.onTrace(entry);
  });
  engine.on('packet', (packet) => {
    const entry = packetEntry(options.now(), 'received', engine.transport.name, packet);
    if (packet.type === 'message') lastReceived = entry;
    options.onTrace(entry);
  });
  // Emitted once the server answered "3probe" on the new transport; the "2probe" that asked went just before.
  engine.on('upgrading', (transport) => options.onTrace({ kind: 'probe', at: options.now(), name: transport.name }));
  engine.on('upgrade', (transport) => options.onTrace({ kind: 'upgrade', at: options.now(), name: transport.name }));
  socket.on('disconnect', (reason) => options.onClose(reason));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => {
      options.onClose(error.message);
      reject(error);
    });
  });
  return {
    transport: () => engine.transport.name,
    async echo(text) {
      const transport = engine.transport.name;
      const predicted = predictSocketIoEcho(text, nextAckId++, transport === 'websocket' ? 'websocket' : 'polling');
      const started = performance.now();
      await socket.timeout(10_000).emitWithAck('echo', text);
      const rttMs = performance.now() - started;
      const bytes = (entry: TraceEntry | undefined) => (entry?.kind === 'packet' ? entry.bytes : 0);
      options.onTrace({ kind: 'echo', at: options.now(), transport, rttMs, sentBytes: bytes(lastSent), receivedBytes: bytes(lastReceived), predicted });
    },
    close: () => socket.disconnect(),
  };
}
