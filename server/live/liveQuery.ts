/**
 * The query parameters every live endpoint shares, validated strictly: a value
 * that is present but malformed is a 400, never a silent default. Unknown
 * parameters (cache busters such as `_=1700000000`) are ignored.
 */

/** The parsed parameters; absent ones are undefined. */
export interface LiveQuery {
  /** `session`: 1–64 characters from [A-Za-z0-9_-]. */
  readonly session?: string;
  /** `rate`: events per second, 0 (messages only) to the server's maximum. */
  readonly rate?: number;
  /** `since`: the last event id the client has seen (0 = from the start of the buffer). */
  readonly since?: number;
  /** `timeout`: long-poll hold in ms, MIN_HOLD_MS to the server's maximum. */
  readonly timeout?: number;
  /** `mirror=1`: report every received WebSocket frame (socketlab.v1 only). */
  readonly mirror: boolean;
}

/** Why a query was refused: the parameter and a sentence for the client. */
export interface QueryError {
  readonly parameter: string;
  readonly message: string;
}

/** Result of `parseLiveQuery`. */
export type LiveQueryResult = { readonly ok: true; readonly query: LiveQuery } | { readonly ok: false; readonly error: QueryError };

/** Shortest long-poll hold a client may ask for: below that it is a poll. */
export const MIN_HOLD_MS = 100;

const SESSION_ID = /^[A-Za-z0-9_-]{1,64}$/;
// Up to 15 digits keeps every cursor a safe integer.
const EVENT_ID = /^\d{1,15}$/;
const DECIMAL = /^\d{1,6}(\.\d{1,3})?$/;
const KNOWN = ['session', 'rate', 'since', 'timeout', 'mirror'] as const;
const FLAGS: ReadonlyMap<string, boolean> = new Map([['1', true], ['true', true], ['0', false], ['false', false]]);

/** The limits the parameters are checked against. */
export interface QueryLimits {
  readonly maxRate: number;
  readonly longPollTimeoutMs: number;
}

/** Parses and validates the live endpoints' query parameters. */
export function parseLiveQuery(params: URLSearchParams, limits: QueryLimits): LiveQueryResult {
  const fail = (parameter: string, message: string): LiveQueryResult => ({ ok: false, error: { parameter, message } });
  for (const name of KNOWN) if (params.getAll(name).length > 1) return fail(name, `"${name}" is given more than once`);

  const session = params.get('session') ?? undefined;
  if (session !== undefined && !SESSION_ID.test(session)) return fail('session', 'session must be 1–64 letters, digits, "-" or "_"');

  const rawRate = params.get('rate');
  let rate: number | undefined;
  if (rawRate !== null) {
    rate = Number(rawRate);
    if (!DECIMAL.test(rawRate) || rate > limits.maxRate) return fail('rate', `rate must be a number of events per second from 0 to ${limits.maxRate}`);
  }

  const rawSince = params.get('since');
  if (rawSince !== null && !EVENT_ID.test(rawSince)) return fail('since', 'since must be an event id (a whole number ≥ 0)');
  const since = rawSince === null ? undefined : Number(rawSince);

  const rawTimeout = params.get('timeout');
  let timeout: number | undefined;
  if (rawTimeout !== null) {
    timeout = Number(rawTimeout);
    if (!/^\d{1,9}$/.test(rawTimeout) || timeout < MIN_HOLD_MS || timeout > limits.longPollTimeoutMs) {
      return fail('timeout', `timeout must be whole milliseconds from ${MIN_HOLD_MS} to ${limits.longPollTimeoutMs}`);
    }
  }

  const rawMirror = params.get('mirror');
  const mirror = rawMirror === null ? false : FLAGS.get(rawMirror);
  if (mirror === undefined) return fail('mirror', 'mirror must be 1 or 0');

  return {
    ok: true,
    query: {
      mirror,
      ...(session === undefined ? {} : { session }),
      ...(rate === undefined ? {} : { rate }),
      ...(since === undefined ? {} : { since }),
      ...(timeout === undefined ? {} : { timeout }),
    },
  };
}

/** Parses a Last-Event-ID header value as an event id; undefined when absent, null when malformed. */
export function parseLastEventId(value: string | undefined): number | undefined | null {
  const trimmed = value?.trim();
  // EventSource sends no header before its first event id; an empty one means the same.
  if (trimmed === undefined || trimmed === '') return undefined;
  return EVENT_ID.test(trimmed) ? Number(trimmed) : null;
}
