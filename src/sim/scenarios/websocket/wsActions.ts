/**
 * What a WebSocket endpoint asks its scenario to do, as data: the client and
 * server state machines (`WsClient`, `WsServer`) react to an event by
 * returning a list of these, and the driver (`runWebSocket`) carries them out
 * in order — putting frames on the network, recording steps, arming timers.
 * The STOMP and Socket.IO scenarios copy this shape.
 */
import type { ConnectionState, TimerName, TransferKind, WsCloseCause, WsCloseReport } from '../../timeline/types';
import type { LabelledFrame } from '../webSocketMessages';

/** One thing an endpoint wants done. */
export type WsAction =
  /** Send `frame` on `connection` (client → its peer, server → client). */
  | { readonly kind: 'send'; readonly transfer: TransferKind; readonly connection: number; readonly frame: LabelledFrame; readonly carries?: readonly number[] }
  /** Send `frame`, which the network will lose (the lost-pong fault). */
  | { readonly kind: 'send-lost'; readonly frame: LabelledFrame }
  /** Record the transfer being handled as arrived (delivering what it carries), or as arrived and discarded. */
  | { readonly kind: 'arrive' }
  | { readonly kind: 'ignore' }
  /** Record a connection state change of this endpoint. */
  | { readonly kind: 'state'; readonly connection: number; readonly state: ConnectionState }
  /** Record what this endpoint's WebSocket API reports as the connection ends. */
  | { readonly kind: 'ws-close'; readonly report: WsCloseReport }
  /** Close (FIN) or reset (RST) the TCP connection to the client. */
  | { readonly kind: 'end-tcp'; readonly how: 'fin' | 'rst' }
  /** Record that a timer fired after `ms`. */
  | { readonly kind: 'timer'; readonly timer: TimerName; readonly ms: number }
  /** Wake this endpoint at `at` for `event`. */
  | { readonly kind: 'schedule'; readonly at: number; readonly event: 'heartbeat' | 'tls-ready' };

/**
 * The story both ends share: why the session ended when it did not end in a closing handshake. An endpoint that
 * fails the connection writes it; each side's close report names it (the lesson's narration, not protocol state).
 */
export interface WsSession {
  cause: WsCloseCause | undefined;
}

/** A close report (the page's CloseEvent), with `sentCode` only when there is one. */
export function closeReport(code: number, reason: string, wasClean: boolean, cause: WsCloseCause, extra: { sentCode?: number; error?: boolean } = {}): WsCloseReport {
  return { code, reason, wasClean, cause, error: extra.error ?? false, ...(extra.sentCode !== undefined ? { sentCode: extra.sentCode } : {}) };
}

/** The common reaction to a frame: record its arrival, nothing more (shared, so a long session allocates none). */
export const ARRIVE_ONLY: readonly WsAction[] = Object.freeze([{ kind: 'arrive' } as const]);
/** A frame that arrived after this side stopped reading: recorded, discarded. */
export const IGNORE_ONLY: readonly WsAction[] = Object.freeze([{ kind: 'ignore' } as const]);
