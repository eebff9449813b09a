/**
 * The TCP connection state machine of RFC 9293 §3.3.2 (Figure 5) as a pure
 * function: a state and an event in, the next state and the effects out, as
 * data. The sockets scenario drives each socket through it; tests walk both
 * sides of an active and a passive open and close.
 *
 *                      CLOSED ── passive open ──> LISTEN
 *   active open / SYN   │                           │ rcv SYN / SYN-ACK
 *                       v                           v
 *                  SYN-SENT ── rcv SYN-ACK / ACK ─> ESTABLISHED <── rcv ACK ── SYN-RECEIVED
 *                                                  │         │
 *                                  close / FIN     │         │  rcv FIN / ACK
 *                                                  v         v
 *               FIN-WAIT-1 ── rcv FIN / ACK ──> CLOSING    CLOSE-WAIT
 *                  │ rcv ACK of FIN                │ rcv ACK   │ close / FIN
 *                  v                               v           v
 *               FIN-WAIT-2 ── rcv FIN / ACK ──> TIME-WAIT   LAST-ACK ── rcv ACK ──> CLOSED
 *                                                  │ 2·MSL
 *                                                  v
 *                                                CLOSED
 */
import type { TcpStateName } from '../timeline/types';
import type { TcpFlag } from './tcpSegment';

/** A connection's state (RFC 9293 §3.3.2): the names the timeline's `tcp-state` steps carry. */
export type TcpState = TcpStateName;

/** What can happen to a connection: a user call, a segment arriving, or a timer. */
export type TcpEvent =
  | { readonly kind: 'passive-open' }   // listen()
  | { readonly kind: 'active-open' }    // connect()
  | { readonly kind: 'close' }          // close() or shutdown(SHUT_WR): no more data from this side
  | { readonly kind: 'abort' }          // close() with SO_LINGER 0, or unread data: send RST
  | { readonly kind: 'rcv-syn' }
  | { readonly kind: 'rcv-syn-ack' }
  | { readonly kind: 'rcv-ack' }        // acknowledges our SYN or our FIN
  | { readonly kind: 'rcv-fin' }
  | { readonly kind: 'rcv-rst' }
  | { readonly kind: 'time-wait-timeout' }; // 2·MSL passed

/** The error a socket call reports once the connection failed. */
export type TcpErrno = 'ECONNREFUSED' | 'ECONNRESET';

/** What the state machine asks its owner to do. */
export type TcpEffect =
  | { readonly kind: 'send'; readonly flags: readonly TcpFlag[] }
  | { readonly kind: 'start-time-wait' }
  | { readonly kind: 'error'; readonly errno: TcpErrno }
  /** The peer has no more data: a blocked recv() returns 0 (end of stream). */
  | { readonly kind: 'end-of-stream' };

/** The next state and the effects; `accepted` is false when the event means nothing in this state (it is then ignored). */
export interface TcpTransitionResult {
  readonly state: TcpState;
  readonly effects: readonly TcpEffect[];
  readonly accepted: boolean;
}

const SEND_SYN: TcpEffect = { kind: 'send', flags: ['SYN'] };
const SEND_SYN_ACK: TcpEffect = { kind: 'send', flags: ['SYN', 'ACK'] };
const SEND_ACK: TcpEffect = { kind: 'send', flags: ['ACK'] };
const SEND_FIN: TcpEffect = { kind: 'send', flags: ['FIN', 'ACK'] };
const SEND_RST: TcpEffect = { kind: 'send', flags: ['RST'] };
const END: TcpEffect = { kind: 'end-of-stream' };

const to = (state: TcpState, ...effects: TcpEffect[]): TcpTransitionResult => ({ state, effects, accepted: true });

/** One step of the RFC 9293 state machine. */
export function tcpTransition(state: TcpState, event: TcpEvent): TcpTransitionResult {
  switch (event.kind) {
    case 'passive-open':
      if (state === 'CLOSED') return to('LISTEN');
      break;
    case 'active-open':
      if (state === 'CLOSED') return to('SYN-SENT', SEND_SYN);
      break;
    case 'rcv-syn':
      // A listening socket answers for a new connection (its child); a SYN-SENT one meets a simultaneous open (§3.5).
      if (state === 'LISTEN' || state === 'SYN-SENT') return to('SYN-RECEIVED', SEND_SYN_ACK);
      break;
    case 'rcv-syn-ack':
      if (state === 'SYN-SENT') return to('ESTABLISHED', SEND_ACK);
      break;
    case 'rcv-ack':
      if (state === 'SYN-RECEIVED') return to('ESTABLISHED');
      if (state === 'FIN-WAIT-1') return to('FIN-WAIT-2');
      if (state === 'CLOSING') return to('TIME-WAIT', { kind: 'start-time-wait' });
      if (state === 'LAST-ACK') return to('CLOSED');
      break;
    case 'rcv-fin':
      if (state === 'ESTABLISHED') return to('CLOSE-WAIT', SEND_ACK, END);
      if (state === 'FIN-WAIT-1') return to('CLOSING', SEND_ACK, END);
      if (state === 'FIN-WAIT-2') return to('TIME-WAIT', SEND_ACK, END, { kind: 'start-time-wait' });
      break;
    case 'close':
      if (state === 'LISTEN' || state === 'SYN-SENT') return to('CLOSED');
      if (state === 'ESTABLISHED' || state === 'SYN-RECEIVED') return to('FIN-WAIT-1', SEND_FIN);
      if (state === 'CLOSE-WAIT') return to('LAST-ACK', SEND_FIN);
      break;
    case 'abort':
      if (state === 'LISTEN' || state === 'SYN-SENT' || state === 'CLOSED') return to('CLOSED');
      if (state !== 'TIME-WAIT') return to('CLOSED', SEND_RST);
      break;
    case 'rcv-rst':
      // §3.10.7.3: in SYN-SENT a reset means nobody listens; in a synchronized state the peer aborted.
      if (state === 'SYN-SENT') return to('CLOSED', { kind: 'error', errno: 'ECONNREFUSED' });
      if (state === 'LISTEN' || state === 'CLOSED') break;
      if (state === 'TIME-WAIT' || state === 'LAST-ACK' || state === 'CLOSING') return to('CLOSED');
      return to('CLOSED', { kind: 'error', errno: 'ECONNRESET' });
    case 'time-wait-timeout':
      if (state === 'TIME-WAIT') return to('CLOSED');
      break;
  }
  return { state, effects: [], accepted: false };
}
