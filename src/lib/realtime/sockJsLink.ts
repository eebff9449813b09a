/**
 * The real sockjs-client (its prebuilt browser bundle), loaded only when the
 * reader connects. SockJS hides its frames from the page, so what is traced
 * is the transport the client settled on and each message; the sizes of the
 * client's send (a JSON array) and the server's `a[…]` frame are computed
 * from the text with the project's codec, and say so on screen.
 */
import type { LinkOptions, RealtimeLink } from './realtimeLink';
import { predictSockJsEcho } from './predictEcho';

interface SockJsSocket {
  transport?: string;
  onopen: (() => void) | null;
  onmessage: ((event: { data: string }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  send(text: string): void;
  close(): void;
}
type SockJsConstructor = new (url: string) => SockJsSocket;

/** Connects to this site's /sockjs/echo and resolves once a transport is open. */
export async function openSockJs(options: LinkOptions): Promise<RealtimeLink> {
  // The prebuilt bundle: the package's own entry needs Node's `global`, which browsers do not have.
  const module = (await import('sockjs-client/dist/sockjs.min.js')) as unknown as { default: SockJsConstructor };
  const SockJS = module.default;
  const sock = new SockJS(`/sockjs/echo${options.blockWebSocket ? '?block=websocket' : ''}`);
  const waiting: { text: string; started: number; resolve(): void }[] = [];
  sock.onmessage = (event) => {
    const next = waiting[0];
    const transport = sock.transport ?? '';
    const predicted = predictSockJsEcho(event.data, transport);
    const { sentBytes, receivedBytes } = predicted;
    options.onTrace({ kind: 'packet', at: options.now(), direction: 'received', transport, type: 'a', bytes: receivedBytes, text: event.data });
    if (!next || next.text !== event.data) return;
    waiting.shift();
    options.onTrace({ kind: 'echo', at: options.now(), transport, rttMs: performance.now() - next.started, sentBytes, receivedBytes, predicted });
    next.resolve();
  };
  await new Promise<void>((resolve, reject) => {
    sock.onopen = () => {
      options.onTrace({ kind: 'transport', at: options.now(), name: sock.transport ?? '' });
      resolve();
    };
    sock.onclose = (event) => {
      const reason = `${event.code} ${event.reason}`;
      options.onClose(reason);
      reject(new Error(reason));
    };
  });
  return {
    transport: () => sock.transport ?? '',
    echo(text) {
      return new Promise<void>((resolve) => {
        waiting.push({ text, started: performance.now(), resolve });
        const transport = sock.transport ?? '';
        options.onTrace({ kind: 'packet', at: options.now(), direction: 'sent', transport, type: 'send', bytes: predictSockJsEcho(text, transport).sentBytes, text });
        sock.send(text);
      });
    },
    close: () => sock.close(),
  };
}
