/**
 * The live section's adapter around the real @stomp/stompjs client, loaded
 * on first use (a dynamic import: the page ships none of it before Connect).
 * It taps the WebSocket stompjs opens — every message sent and received goes
 * to `onRaw` as it is on the socket — so the page can decode the frames with
 * the project's own codec rather than trust the library's view of them.
 */
import type { Direction } from './stompFrameLog';

/** The subprotocols stompjs offers (and the project's broker requires one of). */
export const STOMP_SUBPROTOCOLS = ['v12.stomp', 'v11.stomp', 'v10.stomp'];
// stompjs's own default: a beat each way every 10 s.
const HEART_BEAT_MS = 10_000;

/** What the link reports. */
export interface StompLinkEvents {
  onRaw(direction: Direction, data: string | ArrayBuffer | Uint8Array): void;
  onConnected(version: string, session: string): void;
  onStompError(message: string): void;
  /** The WebSocket closed; `everConnected` is false when CONNECTED never came (nothing there, or refused). */
  onClosed(code: number, everConnected: boolean): void;
}

/** An open link. */
export interface StompLink {
  subscribe(destination: string): void;
  publish(destination: string, body: string): void;
  close(): Promise<void>;
}

function bytesOf(data: unknown): string | ArrayBuffer | Uint8Array {
  if (typeof data === 'string' || data instanceof ArrayBuffer) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return '';
}

/** Loads stompjs and connects to `url`. */
export async function openStompLink(url: string, events: StompLinkEvents): Promise<StompLink> {
  const { Client } = await import('@stomp/stompjs');
  let connected = false;
  let subscriptions = 0;
  const client = new Client({
    webSocketFactory: () => {
      const socket = new WebSocket(url, STOMP_SUBPROTOCOLS);
      socket.addEventListener('message', (event) => events.onRaw('received', bytesOf(event.data)));
      const send = socket.send.bind(socket);
      socket.send = (data) => {
        events.onRaw('sent', bytesOf(data));
        send(data);
      };
      return socket;
    },
    heartbeatIncoming: HEART_BEAT_MS,
    heartbeatOutgoing: HEART_BEAT_MS,
    reconnectDelay: 0,
    debug: () => {},
    onConnect: (frame) => {
      connected = true;
      events.onConnected(frame.headers.version ?? '', frame.headers.session ?? '');
    },
    onStompError: (frame) => events.onStompError(frame.headers.message ?? frame.body),
    onWebSocketClose: (event: CloseEvent) => {
      events.onClosed(event.code, connected);
      // No reconnecting: the reader decides when to connect again.
      void client.deactivate();
    },
  });
  client.activate();
  return {
    subscribe(destination) {
      client.subscribe(destination, () => {}, { id: `sub-${subscriptions++}` });
    },
    publish(destination, body) {
      client.publish({ destination, body, headers: { 'content-type': 'text/plain' } });
    },
    close: () => client.deactivate(),
  };
}
