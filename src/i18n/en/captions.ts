import type { CaptionKey, SocketCaptionKey } from '../../sim/timeline/types';

/** Narration for each timeline step (the ARIA live region reads these). */
export const captions: Record<Exclude<CaptionKey, SocketCaptionKey>, string> = {
  'step.send': '{from} sends {summary} — {bytes} bytes',
  'step.arrive': '{summary} reaches {to} — {bytes} bytes',
  'step.hold': '{actor} holds {summary} open: nothing to send yet',
  'step.release': '{actor} releases the held request ({reason})',
  'step.timer': '{actor}: the {timer} fires after {ms} ms',
  'step.appEvent': 'Event #{id} happens on the server',
  'step.deliver': 'The client has event #{id} — {latency} ms after it happened',
  'step.connectionOpen': '{actor} opens TCP connection #{connection}',
  'step.connectionClose': 'TCP connection #{connection} closes',
  'step.idle': '{actor} waits',
  'step.lost': '{summary} from the {from} is lost on the way — it never reaches the {to}',
  'step.tlsReady': 'TLS is set up on connection #{connection} after one more round trip: everything from here on is encrypted',
  'step.wsOpen': 'The {actor} switches connection #{connection} to WebSocket: from now on it carries frames, not HTTP',
  'step.wsClose': 'The {actor}’s WebSocket reports close: code {code}, wasClean {wasClean} ({cause})',
  'step.tcpReset': 'The {actor} resets TCP connection #{connection} (RST): no goodbye, no close frame',
};

/** Names of the timers a step can mention. */
export const timers: Record<string, string> = {
  'timer.poll-interval': 'poll interval',
  'timer.hold-timeout': 'hold time-out',
  'timer.send-message': 'send-message timer',
  'timer.heartbeat': 'heartbeat timer',
  'timer.close': 'closing timer',
  'timer.retransmit': 'retransmission timer (RTO)',
  'timer.time-wait': 'TIME-WAIT timer (2·MSL)',
  'timer.ping-timeout': 'ping time-out (pingInterval + pingTimeout on the client, pingTimeout on the server)',
  'timer.reconnect': 'reconnection delay (backoff)',
  'timer.upgrade-check': 'upgrade check (a noop ends the held poll)',
  'timer.transport-timeout': 'transport time-out (2 × RTO: the next rung of the ladder)',
};

/** Why a WebSocket ended, as the `step.wsClose` narration says it. */
export const wsCauses: Record<string, string> = {
  'wsCause.normal': 'the closing handshake completed',
  'wsCause.handshake-failed': 'the handshake failed: no 101, so the page gets an error event, then close',
  'wsCause.protocol-error': 'a frame broke the protocol: the client sent Close 1002 and dropped the connection',
  'wsCause.invalid-payload': 'a text message was not valid UTF-8: the client sent Close 1007 and dropped the connection',
  'wsCause.heartbeat-timeout': 'no pong came back in time, so the server terminated the connection without a Close frame',
  'wsCause.tcp-reset': 'the TCP connection was reset: no Close frame at all',
};
