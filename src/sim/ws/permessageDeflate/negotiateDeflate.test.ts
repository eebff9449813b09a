// Negotiation against RFC 7692's examples (§5.2, §7.1) and ws's choices where the RFC leaves one.
import { describe, expect, it } from 'vitest';
import { acceptDeflateOffer, acceptDeflateResponse, CHROMIUM_DEFLATE_OFFER } from './negotiateDeflate';
import { formatDeflateParams } from './deflateParams';

const accepted = (offer: string, options = {}) => {
  const r = acceptDeflateOffer(offer, options);
  if (r.kind !== 'accepted') throw new Error(`not accepted: ${JSON.stringify(r)}`);
  return r;
};
const rejectedCode = (offer: string, options = {}) => {
  const r = acceptDeflateOffer(offer, options);
  return r.kind === 'rejected' ? `${r.status} ${r.error.code}` : r.kind;
};
const clientCode = (response: string, offer = CHROMIUM_DEFLATE_OFFER) => {
  const r = acceptDeflateResponse(response, offer);
  return r.ok ? 'ok' : r.error.code;
};

describe('acceptDeflateOffer (the server)', () => {
  it('answers the plain offer "permessage-deflate" with "permessage-deflate" and 15-bit windows with context takeover (RFC 7692 §5.2)', () => {
    const r = accepted('permessage-deflate');
    expect(r.header).toBe('permessage-deflate');
    expect(r.agreement).toEqual({ serverNoContextTakeover: false, clientNoContextTakeover: false, serverMaxWindowBits: 15, clientMaxWindowBits: 15 });
  });

  it("answers Chromium's offer with a bare \"permessage-deflate\", as ws does (a bare client_max_window_bits is not echoed)", () => {
    expect(accepted(formatDeflateParams(CHROMIUM_DEFLATE_OFFER)).header).toBe('permessage-deflate');
    expect(formatDeflateParams(CHROMIUM_DEFLATE_OFFER)).toBe('permessage-deflate; client_max_window_bits');
  });

  it('may limit the client window when the client said it can (RFC 7692 §7.1.2.2 example: client_max_window_bits=10)', () => {
    const r = accepted('permessage-deflate; client_max_window_bits', { clientMaxWindowBits: 10 });
    expect(r.header).toBe('permessage-deflate; client_max_window_bits=10');
    expect(r.agreement.clientMaxWindowBits).toBe(10);
  });

  it('falls back to the second offer when it cannot honour server_max_window_bits=10 (RFC 7692 §5.2 example)', () => {
    const offer = 'permessage-deflate; client_max_window_bits; server_max_window_bits=10, permessage-deflate; client_max_window_bits';
    expect(accepted(offer, { serverMaxWindowBits: false }).header).toBe('permessage-deflate');
    expect(accepted(offer).header).toBe('permessage-deflate; server_max_window_bits=10');
  });

  it('echoes server_no_context_takeover and adds client_no_context_takeover when its policy says so', () => {
    expect(accepted('permessage-deflate; server_no_context_takeover').header).toBe('permessage-deflate; server_no_context_takeover');
    const r = accepted('permessage-deflate', { clientNoContextTakeover: true });
    expect(r.header).toBe('permessage-deflate; client_no_context_takeover');
    expect(r.agreement.clientNoContextTakeover).toBe(true);
  });

  it('reads quoted values and ignores other extensions', () => {
    expect(accepted('x-webkit-deflate-frame, permessage-deflate; server_max_window_bits="12"').agreement.serverMaxWindowBits).toBe(12);
    expect(acceptDeflateOffer('x-webkit-deflate-frame').kind).toBe('notOffered');
    expect(acceptDeflateOffer(undefined).kind).toBe('notOffered');
  });

  it('answers 400 to offers it cannot read or honour, as ws does', () => {
    expect(rejectedCode('permessage-deflate; foo=1')).toBe('400 PMD_ERR_UNKNOWN_PARAMETER');
    expect(rejectedCode('permessage-deflate; server_no_context_takeover; server_no_context_takeover')).toBe('400 PMD_ERR_DUPLICATE_PARAMETER');
    expect(rejectedCode('permessage-deflate; server_max_window_bits=7')).toBe('400 PMD_ERR_INVALID_VALUE');
    expect(rejectedCode('permessage-deflate; server_max_window_bits=16')).toBe('400 PMD_ERR_INVALID_VALUE');
    expect(rejectedCode('permessage-deflate; server_max_window_bits')).toBe('400 PMD_ERR_INVALID_VALUE');
    expect(rejectedCode('permessage-deflate; client_no_context_takeover=1')).toBe('400 PMD_ERR_INVALID_VALUE');
    expect(rejectedCode('permessage-deflate; client_max_window_bits="1')).toBe('400 PMD_ERR_MALFORMED_HEADER');
    expect(rejectedCode('permessage-deflate; server_no_context_takeover', { serverNoContextTakeover: false })).toBe('400 PMD_ERR_NO_ACCEPTABLE_OFFER');
    expect(rejectedCode('permessage-deflate', { clientMaxWindowBits: 10 })).toBe('400 PMD_ERR_NO_ACCEPTABLE_OFFER');
  });
});

describe('acceptDeflateResponse (the client)', () => {
  it('takes an absent header or no permessage-deflate element as a decline', () => {
    expect(acceptDeflateResponse(undefined)).toEqual({ ok: true, agreement: undefined });
    expect(acceptDeflateResponse('x-webkit-deflate-frame')).toEqual({ ok: true, agreement: undefined });
  });

  it('agrees on what the server answered', () => {
    const r = acceptDeflateResponse('permessage-deflate; server_no_context_takeover; client_max_window_bits=10');
    expect(r).toEqual({ ok: true, agreement: { serverNoContextTakeover: true, clientNoContextTakeover: false, serverMaxWindowBits: 15, clientMaxWindowBits: 10 } });
  });

  it('fails the connection on answers RFC 7692 forbids', () => {
    expect(clientCode('permessage-deflate; client_max_window_bits')).toBe('PMD_ERR_INVALID_VALUE');
    expect(clientCode('permessage-deflate, permessage-deflate')).toBe('PMD_ERR_MULTIPLE_RESPONSES');
    const plain = { serverNoContextTakeover: false, clientNoContextTakeover: false };
    expect(clientCode('permessage-deflate; client_max_window_bits=10', plain)).toBe('PMD_ERR_UNOFFERED_CLIENT_MAX_WINDOW_BITS');
    expect(clientCode('permessage-deflate; client_max_window_bits=12', { ...plain, clientMaxWindowBits: 10 })).toBe('PMD_ERR_WINDOW_BITS_TOO_LARGE');
    expect(clientCode('permessage-deflate; server_max_window_bits=12', { ...plain, serverMaxWindowBits: 10 })).toBe('PMD_ERR_WINDOW_BITS_TOO_LARGE');
    expect(clientCode('permessage-deflate', { ...plain, serverNoContextTakeover: true })).toBe('PMD_ERR_IGNORED_SERVER_NO_CONTEXT_TAKEOVER');
    expect(clientCode('permessage-deflate; bogus')).toBe('PMD_ERR_UNKNOWN_PARAMETER');
  });
});
