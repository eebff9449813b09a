/**
 * permessage-deflate's four parameters (RFC 7692 §7.1), read from one
 * extension element with the checks `ws` makes: each at most once, known
 * names only, window bits 8–15, the no-context-takeover flags without a value.
 */
import type { ExtensionElement } from './parseExtensions';
import { pmdError, type PmdError } from './pmdError';

/** The extension's registered name. */
export const PERMESSAGE_DEFLATE = 'permessage-deflate';
/** The LZ77 window DEFLATE uses when nothing smaller is agreed (2^15 = 32 KiB). */
export const DEFAULT_WINDOW_BITS = 15;
export const MIN_WINDOW_BITS = 8;

/** One offer's or response's parameters; absent means not written. */
export interface DeflateParams {
  readonly serverNoContextTakeover: boolean;
  readonly clientNoContextTakeover: boolean;
  readonly serverMaxWindowBits?: number;
  /** `true`: written without a value (only an offer may, §7.1.2.2: "the client supports it"). */
  readonly clientMaxWindowBits?: number | true;
}

/** The parameters, or the first rule they break. */
export type DeflateParamsResult = { readonly ok: true; readonly params: DeflateParams } | { readonly ok: false; readonly error: PmdError };

const NAMES = ['server_no_context_takeover', 'client_no_context_takeover', 'server_max_window_bits', 'client_max_window_bits'] as const;

function windowBits(name: string, value: string | true, bareAllowed: boolean): number | true | PmdError {
  if (value === true) return bareAllowed ? true : pmdError('invalidValue', { param: name, value: '' });
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= MIN_WINDOW_BITS && n <= DEFAULT_WINDOW_BITS)) return pmdError('invalidValue', { param: name, value });
  return n;
}

/** Reads `element`'s parameters; `side` is who wrote it ('offer': the client, 'response': the server). */
export function deflateParams(element: ExtensionElement, side: 'offer' | 'response'): DeflateParamsResult {
  const seen = new Set<string>();
  let serverNoContextTakeover = false;
  let clientNoContextTakeover = false;
  let serverMaxWindowBits: number | undefined;
  let clientMaxWindowBits: number | true | undefined;
  for (const [rawName, value] of element.params) {
    const name = rawName.toLowerCase();
    if (!(NAMES as readonly string[]).includes(name)) return { ok: false, error: pmdError('unknownParameter', { param: rawName }) };
    if (seen.has(name)) return { ok: false, error: pmdError('duplicateParameter', { param: rawName }) };
    seen.add(name);
    if (name.endsWith('no_context_takeover')) {
      // §7.1.1: these parameters have no value.
      if (value !== true) return { ok: false, error: pmdError('invalidValue', { param: name, value }) };
      if (name === 'server_no_context_takeover') serverNoContextTakeover = true;
      else clientNoContextTakeover = true;
      continue;
    }
    // §7.1.2.1: server_max_window_bits always has a value; §7.1.2.2: client_max_window_bits may go bare in an offer only.
    const bits = windowBits(name, value, side === 'offer' && name === 'client_max_window_bits');
    if (typeof bits === 'object') return { ok: false, error: bits };
    if (name === 'server_max_window_bits') serverMaxWindowBits = bits as number;
    else clientMaxWindowBits = bits;
  }
  return {
    ok: true,
    params: {
      serverNoContextTakeover, clientNoContextTakeover,
      ...(serverMaxWindowBits === undefined ? {} : { serverMaxWindowBits }),
      ...(clientMaxWindowBits === undefined ? {} : { clientMaxWindowBits }),
    },
  };
}

/** Writes an element's value: `permessage-deflate; server_no_context_takeover; client_max_window_bits=10`. */
export function formatDeflateParams(p: DeflateParams): string {
  const parts: string[] = [PERMESSAGE_DEFLATE];
  if (p.serverNoContextTakeover) parts.push('server_no_context_takeover');
  if (p.clientNoContextTakeover) parts.push('client_no_context_takeover');
  if (p.serverMaxWindowBits !== undefined) parts.push(`server_max_window_bits=${p.serverMaxWindowBits}`);
  if (p.clientMaxWindowBits !== undefined) parts.push(p.clientMaxWindowBits === true ? 'client_max_window_bits' : `client_max_window_bits=${p.clientMaxWindowBits}`);
  return parts.join('; ');
}
