/** Reads a newline-delimited JSON response (GET /api/stream) record by record over http.get. */
import { get, type ClientRequest, type IncomingMessage } from 'node:http';
import { within } from './within';

/** An open NDJSON response. */
export interface NdjsonConnection {
  readonly response: IncomingMessage;
  next<T = Record<string, unknown>>(ms?: number): Promise<T>;
  readonly ended: Promise<void>;
  close(): void;
}

/** Opens `url` and parses each line as it arrives. */
export async function openNdjson(url: string): Promise<NdjsonConnection> {
  let request: ClientRequest | undefined;
  const response = await within(new Promise<IncomingMessage>((resolve, reject) => {
    request = get(url, resolve);
    request.on('error', reject);
  }), 2000, `a response from ${url}`);
  const queue: unknown[] = [];
  const waiters: ((record: unknown) => void)[] = [];
  let buffer = '';
  response.setEncoding('utf8');
  response.on('data', (text: string) => {
    buffer += text;
    let cut: number;
    while ((cut = buffer.indexOf('\n')) >= 0) {
      const record: unknown = JSON.parse(buffer.slice(0, cut));
      buffer = buffer.slice(cut + 1);
      const waiter = waiters.shift();
      if (waiter) waiter(record);
      else queue.push(record);
    }
  });
  const ended = new Promise<void>((resolve) => { response.on('end', resolve); response.on('close', resolve); });
  return {
    response,
    next: <T>(ms = 3000) => {
      if (queue.length > 0) return Promise.resolve(queue.shift() as T);
      return within(new Promise<T>((resolve) => waiters.push(resolve as (r: unknown) => void)), ms, 'the next stream record');
    },
    ended,
    close: () => request?.destroy(),
  };
}
