/**
 * What a SockJS endpoint asks its scenario to do, as data (the shape of
 * `websocket/wsActions.ts`): `SockJsClient` and `SockJsServer` react to an
 * arrival, a timer or an app event by returning a list of these, and the
 * driver (`runSockJs`) carries them out in order.
 */
import type { ConnectionState, TimerName, TransferKind } from '../../timeline/types';
import type { SockJsMessage } from './sockJsWire';

/** What a transfer is to the endpoint that receives it. */
export type SockJsRole = 'info' | 'upgrade' | 'stream' | 'send' | 'poll' | 'info-answer' | 'upgrade-answer' | 'stream-head' | 'stream-chunk' | 'send-answer' | 'poll-answer' | 'ws';

/** One thing an endpoint wants done. */
export type SockJsAction =
  | { readonly kind: 'send'; readonly transfer: TransferKind; readonly connection: number; readonly role: SockJsRole; readonly msg: SockJsMessage; readonly carries?: readonly number[] }
  | { readonly kind: 'arrive' }
  | { readonly kind: 'ignore' }
  /** The server keeps the streaming answer to request `requestId` open. */
  | { readonly kind: 'hold'; readonly requestId: number; readonly summary: string }
  | { readonly kind: 'release'; readonly requestId: number }
  | { readonly kind: 'state'; readonly connection: number; readonly state: ConnectionState }
  | { readonly kind: 'timer'; readonly timer: TimerName; readonly ms: number }
  | { readonly kind: 'heartbeat-at'; readonly at: number }
  /** The client's transport timer: if the session has not opened by `at`, the client moves down the ladder. */
  | { readonly kind: 'transport-timeout-at'; readonly at: number; readonly attempt: number };

/** The arrival of a transfer the endpoint reads (one shared object: actions are read, never changed). */
export const ARRIVE: SockJsAction = { kind: 'arrive' };
/** The arrival of a transfer the endpoint discards. */
export const IGNORE: SockJsAction = { kind: 'ignore' };
/** Just the arrival, as a list an endpoint can return without making one. */
export const ARRIVED: readonly SockJsAction[] = [ARRIVE];
/** Just the discard. */
export const IGNORED: readonly SockJsAction[] = [IGNORE];
