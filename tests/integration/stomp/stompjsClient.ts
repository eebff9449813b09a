/**
 * The real @stomp/stompjs Client in Node, on `ws` (webSocketFactory), as a
 * page would use it: connect, subscribe, publish, disconnect with a receipt.
 */
import { Client, type IFrame, type IMessage, type StompHeaders } from '@stomp/stompjs';
import WebSocket from 'ws';

/** What a test reads from one client. */
export interface TestClient {
  readonly client: Client;
  /** The CONNECTED frame. */
  readonly connected: IFrame;
  /** Messages received per subscription id, in order. */
  readonly received: Map<string, IMessage[]>;
  /** ERROR frames received. */
  readonly errors: IFrame[];
  subscribe(id: string, destination: string, headers?: StompHeaders, onMessage?: (m: IMessage) => void): void;
  /** Sends DISCONNECT with a receipt; resolves with the RECEIPT frame, or undefined if the socket closed without one. */
  disconnect(): Promise<IFrame | undefined>;
}

/** Opens a stompjs client on `url` (STOMP 1.2 over WebSocket, subprotocols v12/v11/v10.stomp). */
export function openStompjs(url: string, options: { heartbeat?: number; connectHeaders?: StompHeaders } = {}): Promise<TestClient> {
  const received = new Map<string, IMessage[]>();
  const errors: IFrame[] = [];
  return new Promise((resolve, reject) => {
    const client = new Client({
      webSocketFactory: () => new WebSocket(url, ['v12.stomp', 'v11.stomp', 'v10.stomp']),
      connectHeaders: options.connectHeaders ?? {},
      heartbeatIncoming: options.heartbeat ?? 10_000,
      heartbeatOutgoing: options.heartbeat ?? 10_000,
      reconnectDelay: 0,
      onStompError: (frame) => { errors.push(frame); },
      onWebSocketError: (event) => reject(new Error(`WebSocket error: ${String((event as { message?: string }).message ?? event)}`)),
    });
    client.onConnect = (connected) => {
      resolve({
        client,
        connected,
        received,
        errors,
        subscribe(id, destination, headers = {}, onMessage) {
          received.set(id, []);
          client.subscribe(destination, (m) => { received.get(id)!.push(m); onMessage?.(m); }, { ...headers, id });
        },
        disconnect() {
          return new Promise((done) => {
            // stompjs sends DISCONNECT with a receipt and calls onDisconnect with the RECEIPT frame;
            // a broker that closes the socket first (RabbitMQ Web-STOMP can) leaves undefined.
            client.onDisconnect = (receipt) => done(receipt);
            client.onWebSocketClose = () => done(undefined);
            void client.deactivate();
          });
        },
      });
    };
    client.activate();
  });
}
