// Every i18n key the WebSocket codec emits has an English sentence, with the placeholders it is given.
import { describe, expect, it } from 'vitest';
import { wsFields } from '../../i18n/en/wsFields';
import { buildHandshakeRequest } from './buildHandshakeRequest';
import { buildHandshakeResponse } from './buildHandshakeResponse';
import { encodeFrame } from './encodeFrame';
import type { HandshakeRequestFailureReason, HandshakeResponseFailureReason } from './handshakeTypes';
import type { Opcode } from './opcodes';
import { wsErrorReasons } from './wsError';
import { pmdErrorReasons } from './permessageDeflate/pmdError';
import { malformedCases } from './fixtures/malformedCases';
import { wireBytes } from './fixtures/wire';
import { MessageReader } from './messageReader';
import { validateHandshakeRequest } from './validateHandshakeRequest';
import { validateHandshakeResponse } from './validateHandshakeResponse';

const placeholders = (sentence: string) => [...sentence.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// Records, so the type checker notices a reason added without a sentence here.
const requestReasons: Record<HandshakeRequestFailureReason, true> = {
  notGet: true, oldHttpVersion: true, missingHost: true, missingUpgrade: true, missingConnectionUpgrade: true,
  missingKey: true, malformedKey: true, unsupportedVersion: true, badSubprotocolList: true, originNotAllowed: true,
};
const responseReasons: Record<HandshakeResponseFailureReason, true> = {
  notSwitchingProtocols: true, missingUpgrade: true, missingConnectionUpgrade: true, missingAccept: true,
  wrongAccept: true, unsupportedSubprotocol: true, missingSubprotocol: true, unrequestedExtension: true,
};

describe('WebSocket i18n keys', () => {
  it('has a sentence for every frame field meaning, for every opcode, mask and length form', () => {
    const meanings = new Set<string>();
    for (let opcode = 0; opcode < 16; opcode++) {
      for (const length of [0, 1, 5, 126, 65536]) {
        for (const maskingKey of [undefined, [1, 2, 3, 4]]) {
          const { fields } = encodeFrame({ opcode: opcode as Opcode, fin: opcode % 2 === 0, payload: new Uint8Array(length).fill(0x41), maskingKey }, { annotate: true });
          for (const f of fields!) meanings.add(f.meaning);
        }
      }
    }
    for (const m of meanings) expect(wsFields[m], m).toBeTypeOf('string');
  });

  it('has a sentence for every WebSocket header the handshake builders annotate', () => {
    const req = buildHandshakeRequest({ host: 'h', key: 'dGhlIHNhbXBsZSBub25jZQ==', origin: 'o', protocols: ['chat'], extensions: ['x'] });
    const res = buildHandshakeResponse({ key: 'dGhlIHNhbXBsZSBub25jZQ==', protocol: 'chat', extensions: ['x'] });
    const ws = [...req.fields, ...res.fields].map((f) => f.meaning).filter((m) => m.startsWith('wsfield.'));
    expect(ws.length).toBe(12);
    for (const m of ws) expect(wsFields[m], m).toBeTypeOf('string');
  });

  it('explains every frame error and every handshake failure', () => {
    const keys = [
      ...wsErrorReasons.map((r) => `wserr.${r}`),
      ...pmdErrorReasons.map((r) => `wserr.pmd.${r}`),
      ...Object.keys(requestReasons).map((r) => `wserr.handshake.${r}`),
      ...Object.keys(responseReasons).map((r) => `wserr.handshake.${r}`),
    ];
    for (const k of keys) expect(wsFields[k], k).toBeTypeOf('string');
  });

  it('fills every placeholder from the values each error carries', () => {
    const errors = malformedCases.flatMap((c) => {
      const reader = new MessageReader({ role: c.role, maxPayload: c.maxPayload });
      return [...reader.push(wireBytes(c.wire)), ...reader.end()].flatMap((e) => (e.kind === 'error' ? [e.error] : []));
    });
    const headers = [{ name: 'Host', value: 'h' }, { name: 'Upgrade', value: 'websocket' }, { name: 'Connection', value: 'Upgrade' }, { name: 'Sec-WebSocket-Key', value: 'bad' }];
    const refusals = [validateHandshakeRequest({ method: 'POST', target: '/', headers }), validateHandshakeRequest({ method: 'GET', target: '/', headers })];
    const failures = [validateHandshakeResponse({ status: 101, headers: [{ name: 'Upgrade', value: 'websocket' }, { name: 'Connection', value: 'Upgrade' }, { name: 'Sec-WebSocket-Accept', value: 'x' }] }, 'k')];
    const all = [...errors, ...refusals, ...failures].filter((e) => 'messageKey' in e);
    expect(all.length).toBe(errors.length + 3);
    for (const e of all) {
      for (const name of placeholders(wsFields[e.messageKey]!)) expect(e.values, `${e.messageKey} needs {${name}}`).toHaveProperty(name!);
    }
  });
});
