/** What every live HTTP handler is given: the shared parts, and the request already checked. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from './clock';
import type { HeldRequests } from './heldRequests';
import type { LiveConfig } from './liveConfig';
import type { ServerTiming } from './liveMessages';
import type { LiveQuery } from './liveQuery';
import type { LiveSession } from './liveSession';
import type { SendBudget } from './sendBudget';
import type { HeaderByteCount } from './requestHeaderBytes';
import type { SessionRegistry } from './sessionRegistry';

/** The parts every live endpoint shares. */
export interface LiveDeps {
  readonly config: LiveConfig;
  readonly clock: Clock;
  readonly sessions: SessionRegistry;
  readonly held: HeldRequests;
  readonly sendBudget: SendBudget;
}

/** A live HTTP request that passed the origin, method and query checks and has its session. */
export interface LiveRequest {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly query: LiveQuery;
  readonly session: LiveSession;
  readonly address: string;
  readonly receivedAt: number;
  readonly headerBytes: HeaderByteCount;
  /** Headers every answer to this request carries (no-store, CORS for an allowed cross origin). */
  readonly headers: Readonly<Record<string, string>>;
}

/** The timing block of an answer written now. */
export function serverTiming(request: LiveRequest, clock: Clock): ServerTiming {
  return {
    receivedAt: request.receivedAt,
    writtenAt: clock.now(),
    requestHeaderBytes: request.headerBytes.bytes,
    headerBytesMeasuredBy: request.headerBytes.measuredBy,
    requestHeaderLines: request.headerBytes.lines,
  };
}
