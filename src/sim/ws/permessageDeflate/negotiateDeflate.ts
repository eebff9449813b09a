/**
 * permessage-deflate negotiation (RFC 7692 §5, §7.1), both ends, with `ws`'s
 * choices where the RFC leaves one: the server takes the first offer it can
 * honour and answers 400 when it can honour none or cannot read the header;
 * the client checks the answer against what it offered.
 */
import { DEFAULT_WINDOW_BITS, PERMESSAGE_DEFLATE, deflateParams, formatDeflateParams, type DeflateParams } from './deflateParams';
import { parseExtensions, type ExtensionElement } from './parseExtensions';
import { pmdError, type PmdError } from './pmdError';

/** What both ends use once the extension is agreed. "server"/"client" name the end that compresses. */
export interface DeflateAgreement {
  readonly serverNoContextTakeover: boolean;
  readonly clientNoContextTakeover: boolean;
  readonly serverMaxWindowBits: number;
  readonly clientMaxWindowBits: number;
}

/** A server's policy, named as `ws`'s perMessageDeflate options (a number insists, `false` refuses the parameter). */
export interface DeflateServerOptions {
  readonly serverNoContextTakeover?: boolean;
  readonly clientNoContextTakeover?: boolean;
  readonly serverMaxWindowBits?: number | false;
  readonly clientMaxWindowBits?: number | false;
}

/** What Chromium offers on every connection: `permessage-deflate; client_max_window_bits`. */
export const CHROMIUM_DEFLATE_OFFER: DeflateParams = { serverNoContextTakeover: false, clientNoContextTakeover: false, clientMaxWindowBits: true };

/** The server's decision. */
export type ServerNegotiation =
  | { readonly kind: 'notOffered' }
  | { readonly kind: 'accepted'; readonly agreement: DeflateAgreement; readonly response: DeflateParams; readonly header: string }
  | { readonly kind: 'rejected'; readonly status: 400; readonly error: PmdError };

/** The client's reading of the answer: declined (no element), agreed, or a reason to fail the connection. */
export type ClientNegotiation =
  | { readonly ok: true; readonly agreement: DeflateAgreement | undefined }
  | { readonly ok: false; readonly error: PmdError };

/** The agreement a response's parameters describe (§7.1.2: no value means the 15-bit default). */
export function agreementOf(p: DeflateParams): DeflateAgreement {
  return {
    serverNoContextTakeover: p.serverNoContextTakeover,
    clientNoContextTakeover: p.clientNoContextTakeover,
    serverMaxWindowBits: p.serverMaxWindowBits ?? DEFAULT_WINDOW_BITS,
    clientMaxWindowBits: typeof p.clientMaxWindowBits === 'number' ? p.clientMaxWindowBits : DEFAULT_WINDOW_BITS,
  };
}

function deflateElements(value: string): { ok: true; elements: ExtensionElement[] } | { ok: false; error: PmdError } {
  const parsed = parseExtensions(value);
  if (!parsed.ok) return parsed;
  return { ok: true, elements: parsed.elements.filter((e) => e.name.toLowerCase() === PERMESSAGE_DEFLATE) };
}

/** Whether the server can honour `offer` under `o` (ws's acceptAsServer test). */
function acceptable(offer: DeflateParams, o: DeflateServerOptions): boolean {
  if (o.serverNoContextTakeover === false && offer.serverNoContextTakeover) return false;
  if (offer.serverMaxWindowBits !== undefined) {
    if (o.serverMaxWindowBits === false) return false;
    if (typeof o.serverMaxWindowBits === 'number' && o.serverMaxWindowBits > offer.serverMaxWindowBits) return false;
  }
  // Insisting on a client window needs the client to have said it can honour one (§7.1.2.2), and no larger than a limit it gave.
  if (typeof o.clientMaxWindowBits === 'number') {
    if (offer.clientMaxWindowBits === undefined) return false;
    if (typeof offer.clientMaxWindowBits === 'number' && o.clientMaxWindowBits > offer.clientMaxWindowBits) return false;
  }
  return true;
}

/** The server's side: reads the request's Sec-WebSocket-Extensions (undefined: header absent) and answers. */
export function acceptDeflateOffer(header: string | undefined, options: DeflateServerOptions = {}): ServerNegotiation {
  if (header === undefined) return { kind: 'notOffered' };
  const found = deflateElements(header);
  if (!found.ok) return { kind: 'rejected', status: 400, error: found.error };
  if (found.elements.length === 0) return { kind: 'notOffered' };
  const offers: DeflateParams[] = [];
  for (const e of found.elements) {
    const r = deflateParams(e, 'offer');
    if (!r.ok) return { kind: 'rejected', status: 400, error: r.error };
    offers.push(r.params);
  }
  const chosen = offers.find((o) => acceptable(o, options));
  if (chosen === undefined) return { kind: 'rejected', status: 400, error: pmdError('noAcceptableOffer', { offers: offers.length }) };
  let clientMaxWindowBits: number | true | undefined = chosen.clientMaxWindowBits;
  if (typeof options.clientMaxWindowBits === 'number') clientMaxWindowBits = options.clientMaxWindowBits;
  // A bare client_max_window_bits is not echoed (it has no value a response may carry, §7.1.2.2).
  else if (clientMaxWindowBits === true || options.clientMaxWindowBits === false) clientMaxWindowBits = undefined;
  const response: DeflateParams = {
    serverNoContextTakeover: chosen.serverNoContextTakeover || options.serverNoContextTakeover === true,
    clientNoContextTakeover: chosen.clientNoContextTakeover || options.clientNoContextTakeover === true,
    ...(typeof options.serverMaxWindowBits === 'number' ? { serverMaxWindowBits: options.serverMaxWindowBits }
      : chosen.serverMaxWindowBits === undefined ? {} : { serverMaxWindowBits: chosen.serverMaxWindowBits }),
    ...(clientMaxWindowBits === undefined ? {} : { clientMaxWindowBits }),
  };
  return { kind: 'accepted', agreement: agreementOf(response), response, header: formatDeflateParams(response) };
}

/** The client's side: checks the response's Sec-WebSocket-Extensions (undefined: absent) against its `offer`. */
export function acceptDeflateResponse(header: string | undefined, offer: DeflateParams = CHROMIUM_DEFLATE_OFFER): ClientNegotiation {
  if (header === undefined) return { ok: true, agreement: undefined };
  const found = deflateElements(header);
  if (!found.ok) return found;
  if (found.elements.length === 0) return { ok: true, agreement: undefined };
  // §5: the server accepts at most one offer, so at most one element comes back.
  if (found.elements.length > 1) return { ok: false, error: pmdError('multipleResponses', { count: found.elements.length }) };
  const r = deflateParams(found.elements[0]!, 'response');
  if (!r.ok) return r;
  const p = r.params;
  // §7.1.2.2: client_max_window_bits only if offered, and no larger than a value offered.
  if (p.clientMaxWindowBits !== undefined) {
    if (offer.clientMaxWindowBits === undefined) return { ok: false, error: pmdError('unofferedClientWindowBits', { value: p.clientMaxWindowBits as number }) };
    if (typeof offer.clientMaxWindowBits === 'number' && (p.clientMaxWindowBits as number) > offer.clientMaxWindowBits) {
      return { ok: false, error: pmdError('windowBitsTooLarge', { param: 'client_max_window_bits', value: p.clientMaxWindowBits as number, offered: offer.clientMaxWindowBits }) };
    }
  }
  // §7.1.2.1: the server's window no larger than the limit the client asked for.
  if (offer.serverMaxWindowBits !== undefined && (p.serverMaxWindowBits === undefined || p.serverMaxWindowBits > offer.serverMaxWindowBits)) {
    return { ok: false, error: pmdError('windowBitsTooLarge', { param: 'server_max_window_bits', value: p.serverMaxWindowBits ?? DEFAULT_WINDOW_BITS, offered: offer.serverMaxWindowBits }) };
  }
  // §7.1.1.1: an offered server_no_context_takeover must be answered with it.
  if (offer.serverNoContextTakeover && !p.serverNoContextTakeover) {
    return { ok: false, error: pmdError('ignoredServerNoContextTakeover') };
  }
  return { ok: true, agreement: agreementOf(p) };
}
