/**
 * POST /api/send: a client → server message over HTTP. The body (UTF-8 text,
 * at most LIVE_MAX_SEND_BYTES) becomes the next event of the session, so every
 * technique listening to that session receives it; the answer says which id it got.
 */
import type { Timer } from './clock';
import { sendError, sendJson } from './httpReply';
import { serverTiming, type LiveDeps, type LiveRequest } from './liveContext';
import type { SendResponse } from './liveMessages';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads the body and publishes it to the session. */
export function sendRoute(deps: LiveDeps, request: LiveRequest): void {
  const { req, res, session, headers } = request;
  const { config, clock, sendBudget } = deps;
  let done = false;
  let timer: Timer | undefined;
  const refuse = (status: number, error: string, message: string, extra: Record<string, string> = {}): void => {
    // The rest of the body is not read, so this connection cannot carry another request.
    sendError(res, status, error, message, { ...headers, ...extra, Connection: 'close' });
    done = true;
    timer?.cancel();
  };

  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > config.maxSendBytes) {
    return refuse(413, 'bodyTooLarge', `A message may have at most ${config.maxSendBytes} bytes.`);
  }
  const spent = sendBudget.allow(session, request.address);
  if (spent === 'session') return refuse(429, 'tooManySends', `At most ${config.maxSendsPerSecond} messages per second per session.`, { 'Retry-After': '1' });
  if (spent === 'address') return refuse(429, 'tooManySendsFromAddress', `At most ${config.maxSendsPerAddress} messages per second from one address.`, { 'Retry-After': '1' });

  const chunks: Buffer[] = [];
  let size = 0;
  // Head and Content-Length body are timed by the connection's meter; this also covers chunked bodies.
  timer = clock.setTimer(() => {
    if (done) return;
    refuse(408, 'bodyTimeout', 'The request body did not arrive in time.');
    req.destroy();
  }, config.handshakeTimeoutMs);
  req.on('data', (chunk: Buffer) => {
    if (done) return;
    size += chunk.length;
    if (size > config.maxSendBytes) return refuse(413, 'bodyTooLarge', `A message may have at most ${config.maxSendBytes} bytes.`);
    chunks.push(chunk);
  });
  req.on('end', () => {
    if (done) return;
    done = true;
    timer?.cancel();
    let text: string;
    try {
      text = strictUtf8.decode(Buffer.concat(chunks));
    } catch {
      sendError(res, 400, 'invalidUtf8', 'The message must be UTF-8 text.', headers);
      return;
    }
    const event = session.publish(text);
    const body: SendResponse = { session: session.id, id: event.id, bodyBytes: size, ...serverTiming(request, clock) };
    sendJson(res, 202, body, headers);
  });
  req.on('error', () => {
    done = true;
    timer?.cancel();
  });
}
