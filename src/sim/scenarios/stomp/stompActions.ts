/**
 * What a STOMP endpoint asks the driver (`runStomp`) to do, as data — the
 * WebSocket scenario's shape (`websocket/wsActions.ts`) with a connection on
 * every action, since the broker serves several clients.
 */
import type { ConnectionState, TimerName, TransferKind, WsCloseReport } from '../../timeline/types';
import type { DeferredMessage, WireMessage } from '../../timeline/timelineBuilder';
import type { LabelledFrame } from '../webSocketMessages';

/** Events an endpoint can ask to be woken for. */
export type StompWake = 'heart-beat' | 'watchdog';

/** One thing an endpoint wants done on `connection` (a client's number, 1-based). */
export type StompAction =
  | {
    readonly kind: 'send'; readonly transfer: TransferKind; readonly connection: number;
    /** What goes on the wire and its label on the diagram (a `LabelledFrame`'s two parts, in the action itself). */
    readonly message: WireMessage | DeferredMessage; readonly summary: string;
    /** The app events it carries (undefined when none: present on every send action, so all have one shape). */
    readonly carries: readonly number[] | undefined;
  }
  | { readonly kind: 'arrive' }
  | { readonly kind: 'ignore' }
  | { readonly kind: 'state'; readonly connection: number; readonly state: ConnectionState }
  | { readonly kind: 'ws-close'; readonly report: WsCloseReport }
  /** The broker closes the TCP connection of `connection`. */
  | { readonly kind: 'end-tcp'; readonly connection: number }
  | { readonly kind: 'timer'; readonly timer: TimerName; readonly ms: number }
  | { readonly kind: 'schedule'; readonly connection: number; readonly at: number; readonly event: StompWake };

/** Sends `frame` on `connection`. */
export function sendAction(transfer: TransferKind, connection: number, frame: LabelledFrame): StompAction {
  // Every send action has the same properties (carries undefined but present): one object shape for the driver.
  return { kind: 'send', transfer, connection, message: frame.message, summary: frame.summary, carries: undefined };
}

/** The action that records a frame's arrival (one shared object: actions are read, never changed). */
export const ARRIVED: StompAction = /*#__PURE__*/ Object.freeze({ kind: 'arrive' } as const);
/** The common reaction to a frame: record its arrival. */
export const ARRIVE: readonly StompAction[] = /*#__PURE__*/ Object.freeze([ARRIVED]);
/** The action that records the arrival of a frame this side no longer reads (shared, like `ARRIVED`). */
export const IGNORED: StompAction = /*#__PURE__*/ Object.freeze({ kind: 'ignore' } as const);
/** A frame that arrived after this side stopped reading. */
export const IGNORE: readonly StompAction[] = /*#__PURE__*/ Object.freeze([IGNORED]);
