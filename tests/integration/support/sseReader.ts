/**
 * A small Server-Sent Events reader over http.get, independent of the server's
 * encoder: splits the stream at blank lines and reads id/event/data fields
 * (WHATWG HTML §9.2.6, enough for the tests: no BOM, no `retry` handling).
 */
import { get, type ClientRequest, type IncomingMessage } from 'node:http';
import { within } from './within';

/** One dispatched event. */
export interface SseMessage {
  readonly event: string;
  readonly data: string;
  readonly id: string | undefined;
}

/** An open SSE response. */
export interface SseConnection {
  readonly response: IncomingMessage;
  /** The next event (waits at most `ms`). */
  next(ms?: number): Promise<SseMessage>;
  /** Resolves when the server ends the response. */
  readonly ended: Promise<void>;
  close(): void;
}

/** Opens `url` with `headers` and reads its events. */
export async function openSse(url: string, headers: Record<string, string> = {}): Promise<SseConnection> {
  let request: ClientRequest | undefined;
  const response = await within(new Promise<IncomingMessage>((resolve, reject) => {
    request = get(url, { headers: { Accept: 'text/event-stream', ...headers } }, resolve);
    request.on('error', reject);
  }), 2000, `SSE response from ${url}`);
  const queue: SseMessage[] = [];
  const waiters: ((m: SseMessage) => void)[] = [];
  let buffer = '';
  response.setEncoding('utf8');
  response.on('data', (text: string) => {
    buffer += text.replace(/\r\n?/g, '\n');
    let cut: number;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      let event = 'message';
      let id: string | undefined;
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const name = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (name === 'event') event = value;
        else if (name === 'data') data.push(value);
        else if (name === 'id') id = value;
      }
      if (data.length === 0) continue;
      const message = { event, data: data.join('\n'), id };
      const waiter = waiters.shift();
      if (waiter) waiter(message);
      else queue.push(message);
    }
  });
  const ended = new Promise<void>((resolve) => { response.on('end', resolve); response.on('close', resolve); });
  return {
    response,
    next: (ms = 3000) => {
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      return within(new Promise<SseMessage>((resolve) => waiters.push(resolve)), ms, 'the next SSE event');
    },
    ended,
    close: () => request?.destroy(),
  };
}
