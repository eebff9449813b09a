import { describe, expect, it } from 'vitest';
import { bytesToHex, decodeUtf8, fieldTiling } from '../../sim';
import { HANDSHAKE_CASES, handshakeWalk } from './handshakeWalk';

const RFC_KEY = 'dGhlIHNhbXBsZSBub25jZQ==';
const kinds = (which: (typeof HANDSHAKE_CASES)[number]) => handshakeWalk(RFC_KEY, which).steps.map((s) => s.kind);
const text = (bytes: Uint8Array) => decodeUtf8(bytes);

describe('handshakeWalk', () => {
  it('walks the happy path: request, key + GUID, SHA-1, base64, 101, open', () => {
    expect(kinds('ok')).toEqual(['request', 'concat', 'sha1', 'base64', 'response', 'open']);
  });

  it('computes the RFC 6455 §1.3 accept value for the sample key and sends it in the 101', () => {
    const steps = handshakeWalk(RFC_KEY, 'ok').steps;
    const base64 = steps.find((s) => s.kind === 'base64');
    expect(base64?.kind === 'base64' && base64.accept.accept).toBe('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
    expect(base64?.kind === 'base64' && bytesToHex(base64.accept.sha1)).toBe('b3 7a 4f 2c c0 62 4f 16 90 f6 46 06 cf 38 59 45 b2 be c4 ea');
    const response = steps.find((s) => s.kind === 'response');
    expect(response?.kind === 'response' && text(response.transfer.bytes)).toContain('Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n');
    expect(response?.kind === 'response' && response.transfer.summary).toBe('101 Switching Protocols');
    expect(steps.at(-1)).toEqual({ kind: 'open', accept: 's3pPLMBiTxaQ9kYGzzhZRbK+xOo=', protocol: 'chat' });
  });

  it('annotates every byte of both messages', () => {
    for (const which of HANDSHAKE_CASES) {
      for (const step of handshakeWalk(RFC_KEY, which).steps) {
        if (step.kind === 'request' || step.kind === 'response') expect(fieldTiling(step.transfer.fields, step.transfer.bytes.length)).toEqual({ ok: true });
      }
    }
  });

  it('answers a wrong version with 426 naming version 13, and the client gets no WebSocket', () => {
    const steps = handshakeWalk(RFC_KEY, 'wrongVersion').steps;
    expect(steps.map((s) => s.kind)).toEqual(['request', 'refuse', 'response', 'fail']);
    const response = steps[2]!;
    expect(response.kind === 'response' && text(response.transfer.bytes)).toMatch(/^HTTP\/1\.1 426 [^\r]*\r\n(.*\r\n)*Sec-WebSocket-Version: 13\r\n/);
    expect(steps[3]).toMatchObject({ kind: 'fail', failure: { reason: 'notSwitchingProtocols', closeCode: 1006 } });
  });

  it('answers a key of 15 bytes with 400, pointing at the key header', () => {
    const steps = handshakeWalk(RFC_KEY, 'malformedKey').steps;
    const request = steps[0]!;
    const refuse = steps[1]!;
    expect(refuse).toMatchObject({ kind: 'refuse', failure: { reason: 'malformedKey', status: 400, values: { key: 'dGhlIHNhbXBsZSBub25j' } } });
    const keyField = request.kind === 'request' ? request.transfer.fields.find((f) => f.name === 'header:Sec-WebSocket-Key') : undefined;
    expect(refuse.kind === 'refuse' && refuse.failure.offset).toBe(keyField?.start);
  });

  it('fails the connection when the accept was computed for another key', () => {
    const last = handshakeWalk(RFC_KEY, 'wrongAccept').steps.at(-1)!;
    expect(last).toMatchObject({ kind: 'fail', failure: { reason: 'wrongAccept', closeCode: 1006, values: { expected: 's3pPLMBiTxaQ9kYGzzhZRbK+xOo=' } } });
    expect(last.kind === 'fail' && last.failure.values.received).not.toBe('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
  });

  it('fails on a subprotocol the client did not offer, and on none when one was offered', () => {
    expect(handshakeWalk(RFC_KEY, 'unofferedSubprotocol').steps.at(-1)).toMatchObject({ kind: 'fail', failure: { reason: 'unsupportedSubprotocol', values: { protocol: 'superchat' } } });
    expect(handshakeWalk(RFC_KEY, 'noCommonSubprotocol').steps.at(-1)).toMatchObject({ kind: 'fail', failure: { reason: 'missingSubprotocol' } });
  });
});
