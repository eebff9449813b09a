/**
 * What a Socket.IO endpoint asks its scenario to do, as data (the shape of
 * `websocket/wsActions.ts`): the client (`SioClient`) and each server node
 * (`SioNode`) react to an arrival, a timer or an app event by returning a list
 * of these, and the driver (`runSocketIo`) carries them out in order.
 */
import type { ConnectionState, TimerName, TransferKind } from '../../timeline/types';
import type { SioMessage } from './sioWire';

/** What a transfer is to the endpoint that receives it. */
export type SioRole = 'poll' | 'post' | 'upgrade' | 'poll-answer' | 'post-answer' | 'upgrade-answer' | 'ws';

/** Wake-ups an endpoint arms for itself; `epoch` (client) or `sid` (server) tells a stale one from a live one. */
export type SioWake =
  | { readonly kind: 'ping'; readonly node: string; readonly sid: string }
  | { readonly kind: 'ping-timeout'; readonly node: string; readonly sid: string; readonly pingAt: number }
  | { readonly kind: 'upgrade-check'; readonly node: string; readonly sid: string }
  | { readonly kind: 'client-ping-timeout'; readonly epoch: number; readonly pingAt: number }
  | { readonly kind: 'reconnect' }
  | { readonly kind: 'proxy-cut'; readonly requestId: number };

/** One thing an endpoint wants done. */
export type SioAction =
  /** Send a message (see SioSend). */
  | SioSend
  /** Record the transfer being handled as arrived (delivering what it carries), or as arrived and discarded. */
  | { readonly kind: 'arrive' }
  | { readonly kind: 'ignore' }
  /** The node holds request `requestId` (a long poll) until it has something to say. */
  | { readonly kind: 'hold'; readonly requestId: number; readonly summary: string }
  /** Record a connection state change of this endpoint. */
  | { readonly kind: 'state'; readonly connection: number; readonly state: ConnectionState }
  /** Record that a timer fired after `ms`. */
  | { readonly kind: 'timer'; readonly timer: TimerName; readonly ms: number }
  /** Wake an endpoint at `at`. */
  | { readonly kind: 'schedule'; readonly at: number; readonly wake: SioWake };

/**
 * Send `msg` on `connection`: from the client (the driver routes it to a node) or from a node to the client.
 * `answers` names the request a response answers (ending its hold, if any); `lost` makes the network drop it.
 * Every field is always set (see `sendAction`).
 */
export interface SioSend {
  readonly kind: 'send';
  readonly transfer: TransferKind;
  readonly connection: number;
  readonly role: SioRole;
  readonly msg: SioMessage;
  readonly carries: readonly number[] | undefined;
  readonly answers: number | undefined;
  readonly lost: boolean;
}

/** A send action with every field set: one object shape for all of them, so the driver's reads stay monomorphic. */
export function sendAction(
  transfer: TransferKind, connection: number, role: SioRole, msg: SioMessage,
  carries: readonly number[] | undefined = undefined, answers: number | undefined = undefined, lost = false,
): SioSend {
  return { kind: 'send', transfer, connection, role, msg, carries, answers, lost };
}

/** Why a session ended (engine.io's close reasons). */
export type SioCloseReason = 'ping timeout' | 'transport close' | 'transport error' | 'forced close' | 'server gone';

/** The one 'arrive' action every handler starts its list with (shared: it carries nothing of its own). */
export const ARRIVE_ACTION: SioAction = Object.freeze({ kind: 'arrive' } as const);
/** The common reaction to a message: record its arrival. */
export const ARRIVE: readonly SioAction[] = Object.freeze([ARRIVE_ACTION]);
/** A message nobody reads any more (its session ended): recorded, discarded. */
export const IGNORE: readonly SioAction[] = Object.freeze([{ kind: 'ignore' } as const]);
