// Every i18n key the engine.io, Socket.IO and SockJS codecs emit has an English sentence, with the placeholders its values fill.
import { describe, expect, it } from 'vitest';
import { realtimeFields } from '../../i18n/en/realtimeFields';
import { encodeUtf8 } from '../bytes/utf8';
import { decodeEngineIoPacket } from '../engineio/decodePacket';
import { decodeEngineIoPayload } from '../engineio/decodePayload';
import { encodeEngineIoPacket } from '../engineio/encodePacket';
import { engineIoErrorReasons } from '../engineio/engineIoError';
import { encodeOpenPacket, parseOpenHandshake } from '../engineio/openHandshake';
import { ENGINE_IO_PACKET_TYPES } from '../engineio/packetTypes';
import { ENGINE_IO_HTTP_ERRORS, encodeEngineIoHttpError } from '../engineio/handshakeErrors';
import { decodeSockJsFrame } from '../sockjs/decodeFrame';
import { encodeSockJsInfo } from '../sockjs/info';
import { encodeSockJsFrame } from '../sockjs/encodeFrame';
import { encodeSockJsSend } from '../sockjs/clientSend';
import { sockJsErrorReasons } from '../sockjs/sockJsError';
import { encodeStreamingPrelude } from '../sockjs/streamingPrelude';
import { decodeSocketIoPacket } from './decodePacket';
import { encodeSocketIoPacket } from './encodePacket';
import { ACK, CONNECT, CONNECT_ERROR, DISCONNECT, EVENT } from './packetTypes';
import { reconstructPacket } from './reconstructPacket';
import { socketIoErrorReasons } from './socketIoError';

const placeholders = (sentence: string) => [...sentence.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

describe('engine.io, Socket.IO and SockJS i18n keys', () => {
  it('has a sentence for every field meaning the encoders annotate', () => {
    const fields = [
      ...ENGINE_IO_PACKET_TYPES.flatMap((type) => [encodeEngineIoPacket({ type }, { annotate: true }), encodeEngineIoPacket({ type, data: 'probe' }, { annotate: true }), encodeEngineIoPacket({ type, data: 'x' }, { annotate: true })]),
      encodeEngineIoPacket(encodeOpenPacket({ sid: 's', upgrades: [], pingInterval: 1, pingTimeout: 1, maxPayload: 1 }), { annotate: true }),
      encodeEngineIoPacket({ type: 'open', data: '{"extra":1}' }, { annotate: true }),
      encodeEngineIoPacket({ type: 'message', data: Uint8Array.of(1) }, { annotate: true }),
      encodeEngineIoPacket({ type: 'message', data: Uint8Array.of(1) }, { transport: 'polling', annotate: true }),
      decodeEngineIoPayload(encodeUtf8('6\x1e6'), { annotate: true }),
      ...[
        { type: CONNECT, nsp: '/a', data: { sid: 'x', pid: 'y', token: 1 } }, { type: DISCONNECT, nsp: '/' },
        { type: EVENT, nsp: '/', id: 1, data: ['e', 1, Uint8Array.of(1)] }, { type: ACK, nsp: '/', id: 1, data: [1, Uint8Array.of(1)] },
        { type: ACK, nsp: '/', id: 1, data: [1] }, { type: CONNECT_ERROR, nsp: '/', data: { message: 'm', data: 1, other: 2 } },
        { type: CONNECT_ERROR, nsp: '/', data: 'm' }, { type: DISCONNECT, nsp: '/', data: 5 },
      ].map((p) => encodeSocketIoPacket(p as Parameters<typeof encodeSocketIoPacket>[0], { annotate: true })),
      decodeSocketIoPacket(encodeUtf8('2/x'), { annotate: true }),
      ...[{ type: 'open' }, { type: 'heartbeat' }, { type: 'array', messages: ['a'] }, { type: 'message', message: 'm' }, { type: 'close', code: 3000, reason: 'r' }]
        .map((f) => encodeSockJsFrame(f as Parameters<typeof encodeSockJsFrame>[0], { newline: true, annotate: true })),
      encodeSockJsSend(['a'], { annotate: true }),
      encodeStreamingPrelude(),
      ...ENGINE_IO_HTTP_ERRORS.map((e) => encodeEngineIoHttpError(e)),
      encodeSockJsInfo({ websocket: true, origins: [], cookie_needed: false, entropy: 1 }),
    ].flatMap((r) => ('fields' in r && r.fields ? r.fields : []));
    const meanings = new Set(fields.map((f) => f.meaning));
    const dictionaryFields = Object.keys(realtimeFields).filter((k) => /^(eio|sio|sockjs)field\./.test(k));
    expect(dictionaryFields.filter((k) => !meanings.has(k)), 'sentences no field uses').toEqual([]);
    for (const m of meanings) expect(realtimeFields[m], m).toBeTypeOf('string');
  });

  it('explains every error reason', () => {
    const keys = [...engineIoErrorReasons.map((r) => `eioerr.${r}`), ...socketIoErrorReasons.map((r) => `sioerr.${r}`), ...sockJsErrorReasons.map((r) => `sockjserr.${r}`)];
    for (const k of keys) expect(realtimeFields[k], k).toBeTypeOf('string');
  });

  it('fills every placeholder from the values each error carries', () => {
    const results = [
      decodeEngineIoPacket(encodeUtf8('9')), decodeEngineIoPayload(encodeUtf8('4xx'), { maxPayload: 1 }), parseOpenHandshake('{}'),
      decodeSocketIoPacket(encodeUtf8('9')), decodeSocketIoPacket(encodeUtf8('599-[]')), decodeSocketIoPacket(encodeUtf8('2{}')),
      reconstructPacket({ type: EVENT, nsp: '/', data: [{ _placeholder: true, num: 1 }] }, []), decodeSockJsFrame(encodeUtf8('x')),
    ];
    const errors = results.flatMap((r) => (r.ok ? [] : [r.error]));
    expect(errors.length).toBe(results.length);
    for (const e of errors) {
      const sentence = realtimeFields[e.messageKey]!;
      expect(placeholders(sentence).length, e.messageKey).toBeGreaterThan(0);
      for (const name of placeholders(sentence)) expect(e.values, `${e.messageKey} needs {${name}}`).toHaveProperty(name);
    }
  });
});
