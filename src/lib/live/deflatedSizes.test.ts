import { describe, expect, it } from 'vitest';
import { DeflatedSizes, deflateAgreementOf } from './deflatedSizes';

describe('deflateAgreementOf', () => {
  it('reads no agreement from an empty WebSocket.extensions, and ws\'s bare "permessage-deflate" as takeover with 15-bit windows', () => {
    expect(deflateAgreementOf('')).toBeUndefined();
    expect(deflateAgreementOf('permessage-deflate')).toEqual({ serverNoContextTakeover: false, clientNoContextTakeover: false, serverMaxWindowBits: 15, clientMaxWindowBits: 15 });
  });

  it('reads no agreement from an answer a client must refuse (a bare server_max_window_bits)', () => {
    expect(deflateAgreementOf('permessage-deflate; server_max_window_bits')).toBeUndefined();
  });
});

describe('DeflatedSizes', () => {
  it('sizes "Hello" as 7 compressed bytes, and a second one as 5 with context takeover (RFC 7692 §7.2.3.2)', () => {
    const sizes = new DeflatedSizes(deflateAgreementOf('permessage-deflate')!);
    expect([sizes.payloadBytes('Hello'), sizes.payloadBytes('Hello')]).toEqual([7, 5]);
  });

  it('counts binary messages in the window: a text after the same bytes as binary is a back-reference', () => {
    const sizes = new DeflatedSizes(deflateAgreementOf('permessage-deflate')!);
    sizes.payloadBytes(new TextEncoder().encode('Hello'));
    expect(sizes.payloadBytes('Hello')).toBe(5);
  });

  it('without server context takeover leaves messages under 1 KiB as they are and compresses longer ones, as ws does', () => {
    const sizes = new DeflatedSizes(deflateAgreementOf('permessage-deflate; server_no_context_takeover')!);
    expect(sizes.payloadBytes('Hello')).toBe(5);
    expect(sizes.payloadBytes('abc'.repeat(400))).toBeLessThan(100);
  });
});
