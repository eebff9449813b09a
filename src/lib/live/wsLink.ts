/**
 * WebSocket with the socketlab.v1 envelope: the session's events arrive as
 * `event` messages; what the reader sends comes back as an `echo`, which is
 * a clock sample (the tightest the panel gets: no HTTP around it). The browser hides frames, so each message's frame is
 * computed from its payload length (server frames are unmasked, RFC 6455 §5.1).
 */
import { LAB_PROTOCOL, type LabMessage } from '../../../server/live/liveMessages';
import { postMessage, setSessionRate } from './liveApi';
import type { LinkOptions, LiveLink } from './liveLink';
import { clockSample } from './clockSample';
import { utf8Length, wsServerFrameBytes } from './wireBytes';

/** Opens /ws?session=… with the lab subprotocol. */
export function wsLink(options: LinkOptions): LiveLink {
  const { sink, now } = options;
  const url = new URL('/ws', options.wsBase);
  url.searchParams.set('session', options.session);
  url.searchParams.set('rate', String(options.rate));
  url.searchParams.set('since', '0');
  const openedAt = now();
  const socket = new WebSocket(url.href, [LAB_PROTOCOL]);
  // Send times of the messages whose echo has not come back yet, oldest first.
  const sent: number[] = [];
  let closed = false;

  socket.addEventListener('message', (message: MessageEvent) => {
    if (typeof message.data !== 'string') return;
    const arrivedAt = now();
    const lab = JSON.parse(message.data) as LabMessage;
    const frame = wsServerFrameBytes(utf8Length(message.data));
    if (lab.type === 'hello') {
      sink.request({
        requestHeadBytes: lab.requestHeaderBytes,
        ...(lab.requestHeaderLines ? { requestHeaderLines: lab.requestHeaderLines } : {}),
        sent: { kind: 'websocket', target: url.pathname + url.search, protocols: [LAB_PROTOCOL] },
      });
      // The first sample includes the TCP connection and the handshake; echoes give tighter ones.
      sink.clock(clockSample({ sentAt: openedAt, serverReceivedAt: lab.receivedAt, serverWrittenAt: lab.writtenAt, arrivedAt }));
    } else if (lab.type === 'event') {
      const { event } = lab;
      sink.event({ id: event.id, kind: event.kind, generatedAt: event.generatedAt, arrivedAt, wireBytes: frame, bytesBy: 'computed', payloadBytes: utf8Length(message.data) });
    } else if (lab.type === 'echo') {
      const sentAt = sent.shift();
      // An echo is a clock sample, not a session event: the figures compare the events every technique carries.
      if (sentAt !== undefined) sink.clock(clockSample({ sentAt, serverReceivedAt: lab.receivedAt, serverWrittenAt: lab.writtenAt, arrivedAt }));
    }
  });
  socket.addEventListener('close', (event: CloseEvent) => {
    if (closed) return;
    closed = true;
    sink.ended({ kind: 'ws-close', code: event.code, reason: event.reason, wasClean: event.wasClean });
  });

  return {
    async send(text) {
      if (socket.readyState !== WebSocket.OPEN) return postMessage(options, text);
      sent.push(now());
      socket.send(text);
    },
    setRate: async (rate) => { await setSessionRate(options, rate); },
    close() {
      if (closed) return;
      closed = true;
      socket.close(1000, 'reader disconnected');
      sink.ended({ kind: 'closed-by-reader' });
    },
  };
}
