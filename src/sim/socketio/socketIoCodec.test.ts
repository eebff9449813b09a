// Literal fixtures from the Socket.IO protocol v5 document, the annotation's tiling, and every error.
import { describe, expect, it } from 'vitest';
import { decodeUtf8, encodeUtf8 } from '../bytes/utf8';
import { fieldTiling } from '../ws/fieldTiling';
import { decodeSocketIoPacket } from './decodePacket';
import { deconstructPacket } from './deconstructPacket';
import { encodeSocketIoPacket, encodeSocketIoPacketText } from './encodePacket';
import { ACK, BINARY_EVENT, CONNECT, CONNECT_ERROR, DISCONNECT, EVENT } from './packetTypes';
import { reconstructPacket } from './reconstructPacket';
import { SocketIoReader } from './socketIoReader';
import type { SocketIoPacket } from './types';

const encode = (text: string) => encodeUtf8(text);
const names = (text: string) => decodeSocketIoPacket(encode(text), { annotate: true });

describe('encodeSocketIoPacket', () => {
  it('writes the protocol document\'s examples', () => {
    expect(encodeSocketIoPacket({ type: CONNECT, nsp: '/' }).text).toBe('0');
    expect(encodeSocketIoPacket({ type: CONNECT, nsp: '/admin', data: { token: '123' } }).text).toBe('0/admin,{"token":"123"}');
    expect(encodeSocketIoPacket({ type: DISCONNECT, nsp: '/admin' }).text).toBe('1/admin,');
    expect(encodeSocketIoPacket({ type: EVENT, nsp: '/', data: ['hello', 1] }).text).toBe('2["hello",1]');
    expect(encodeSocketIoPacket({ type: EVENT, nsp: '/admin', id: 456, data: ['project:delete', 123] }).text).toBe('2/admin,456["project:delete",123]');
    expect(encodeSocketIoPacket({ type: ACK, nsp: '/admin', id: 456, data: [] }).text).toBe('3/admin,456[]');
    expect(encodeSocketIoPacket({ type: CONNECT_ERROR, nsp: '/', data: { message: 'Not authorized' } }).text).toBe('4{"message":"Not authorized"}');
  });

  it('turns an EVENT holding binary into a BINARY_EVENT with a placeholder and one attachment', () => {
    const out = encodeSocketIoPacket({ type: EVENT, nsp: '/', data: ['hello', Uint8Array.of(1, 2, 3)] });
    expect(out.text).toBe('51-["hello",{"_placeholder":true,"num":0}]');
    expect(out.attachments.map((a) => [...a])).toEqual([[1, 2, 3]]);
    expect(out.packet).toMatchObject({ type: BINARY_EVENT, attachments: 1 });
  });

  it('turns an ACK holding binary into a BINARY_ACK', () => {
    expect(encodeSocketIoPacket({ type: ACK, nsp: '/admin', id: 456, data: [Uint8Array.of(9)] }).text).toBe('61-/admin,456[{"_placeholder":true,"num":0}]');
  });

  it('annotates type, attachments, namespace, ack id, event name, placeholder and JSON syntax, tiling every byte', () => {
    const out = encodeSocketIoPacket({ type: EVENT, nsp: '/chat', id: 12, data: ['msg', 'hi', Uint8Array.of(1)] }, { annotate: true });
    expect(fieldTiling(out.fields!, out.bytes.length)).toEqual({ ok: true });
    expect(out.fields!.map((f) => [f.name, decodeUtf8(out.bytes, f.start, f.end)])).toEqual([
      ['sio-type', '5'], ['sio-attachments', '1'], ['sio-attachments-end', '-'], ['sio-namespace', '/chat'], ['sio-namespace-end', ','],
      ['sio-ack-id', '12'], ['json-syntax', '['], ['sio-event-name', '"msg"'], ['json-syntax', ','], ['sio-arg', '"hi"'], ['json-syntax', ','],
      ['sio-placeholder', '{"_placeholder":true,"num":0}'], ['json-syntax', ']'],
    ]);
  });

  it('annotates a CONNECT answer\'s sid and a CONNECT_ERROR\'s message', () => {
    const connect = encodeSocketIoPacket({ type: CONNECT, nsp: '/', data: { sid: 'oSO0OpakMV_3jnilAAAA' } }, { annotate: true });
    expect(connect.fields!.find((f) => f.name === 'sio-connect:sid')?.meaning).toBe('siofield.connect.sid');
    const error = encodeSocketIoPacket({ type: CONNECT_ERROR, nsp: '/', data: 'Not authorized' }, { annotate: true });
    expect(fieldTiling(error.fields!, error.bytes.length)).toEqual({ ok: true });
    expect(error.fields!.at(-1)?.meaning).toBe('siofield.connectError.message');
  });
});

describe('decodeSocketIoPacket', () => {
  it('reads namespace, ack id and data', () => {
    expect(decodeSocketIoPacket(encode('2/admin,456["project:delete",123]'))).toEqual({ ok: true, packet: { type: EVENT, nsp: '/admin', id: 456, data: ['project:delete', 123] } });
    expect(decodeSocketIoPacket(encode('0'))).toEqual({ ok: true, packet: { type: CONNECT, nsp: '/' } });
  });

  it('keeps a binary packet\'s placeholders and attachment count', () => {
    expect(decodeSocketIoPacket(encode('51-["hello",{"_placeholder":true,"num":0}]'))).toEqual({ ok: true, packet: { type: BINARY_EVENT, nsp: '/', attachments: 1, data: ['hello', { _placeholder: true, num: 0 }] } });
  });

  it('tiles every decoded packet\'s bytes', () => {
    for (const text of ['0', '1/admin,', '0/admin,{"token":"123"}', '3/admin,456[]', '4{"message":"x","data":{"a":1}}', '61-/admin,456[{"_placeholder":true,"num":0}]', '2/x']) {
      const r = names(text);
      expect(r.ok && fieldTiling(r.fields!, encode(text).length), text).toEqual({ ok: true });
    }
  });

  it('rejects a type digit above 6 with SIO_ERR_UNKNOWN_TYPE at offset 0', () => {
    expect(decodeSocketIoPacket(encode('7[]'))).toMatchObject({ ok: false, error: { code: 'SIO_ERR_UNKNOWN_TYPE', offset: 0, values: { char: '7' } } });
  });

  it('rejects a binary packet with no count, a count of 0 or no dash with SIO_ERR_ILLEGAL_ATTACHMENTS at offset 1', () => {
    for (const text of ['5-["a"]', '50-["a"]', '51["a"]']) expect(decodeSocketIoPacket(encode(text)), text).toMatchObject({ ok: false, error: { code: 'SIO_ERR_ILLEGAL_ATTACHMENTS', offset: 1 } });
  });

  it('rejects more than 10 attachments with SIO_ERR_TOO_MANY_ATTACHMENTS', () => {
    expect(decodeSocketIoPacket(encode('511-["a"]'))).toMatchObject({ ok: false, error: { code: 'SIO_ERR_TOO_MANY_ATTACHMENTS', values: { count: 11, max: 10 } } });
  });

  it('rejects broken JSON at the offset where the data starts', () => {
    expect(decodeSocketIoPacket(encode('2/chat,["a"'))).toMatchObject({ ok: false, error: { code: 'SIO_ERR_INVALID_JSON', offset: 7 } });
  });

  it('rejects data the type does not allow: a reserved event name, a CONNECT array, a DISCONNECT with data', () => {
    for (const text of ['2["disconnect"]', '2[]', '0[1]', '1{}', '3{}', '4[1]']) expect(decodeSocketIoPacket(encode(text)), text).toMatchObject({ ok: false, error: { code: 'SIO_ERR_INVALID_PAYLOAD' } });
  });

  it('rejects an empty message and invalid UTF-8', () => {
    expect(decodeSocketIoPacket(new Uint8Array(0))).toMatchObject({ ok: false, error: { code: 'SIO_ERR_EMPTY_PACKET' } });
    expect(decodeSocketIoPacket(Uint8Array.of(0x32, 0x5b, 0xc3))).toMatchObject({ ok: false, error: { code: 'SIO_ERR_INVALID_UTF8', offset: 3 } });
  });
});

describe('binary attachments', () => {
  it('deconstructs nested binary in order and reconstructs it', () => {
    const data = ['upload', { file: Uint8Array.of(1), parts: [Uint8Array.of(2), 'x'] }];
    const { packet, buffers } = deconstructPacket({ type: BINARY_EVENT, nsp: '/', data });
    expect(packet.data).toEqual(['upload', { file: { _placeholder: true, num: 0 }, parts: [{ _placeholder: true, num: 1 }, 'x'] }]);
    expect(packet.attachments).toBe(2);
    expect(reconstructPacket(packet, buffers)).toEqual({ ok: true, packet: { type: BINARY_EVENT, nsp: '/', data } });
  });

  it('refuses a placeholder that names no attachment', () => {
    expect(reconstructPacket({ type: BINARY_EVENT, nsp: '/', data: ['a', { _placeholder: true, num: 3 }], attachments: 1 }, [Uint8Array.of(1)])).toMatchObject({ ok: false, error: { code: 'SIO_ERR_ILLEGAL_PLACEHOLDER', values: { num: '3' } } });
  });

  it('reassembles a BINARY_EVENT from its text and its attachment into the EVENT it stands for', () => {
    const reader = new SocketIoReader();
    expect(reader.push('51-["hello",{"_placeholder":true,"num":0}]')).toEqual({ kind: 'waiting', missing: 1 });
    expect(reader.push(Uint8Array.of(7))).toEqual({ kind: 'packet', packet: { type: EVENT, nsp: '/', data: ['hello', Uint8Array.of(7)] } });
  });

  it('refuses binary that no packet announced, and text while attachments are awaited', () => {
    const reader = new SocketIoReader();
    expect(reader.push(Uint8Array.of(1))).toMatchObject({ kind: 'error', error: { code: 'SIO_ERR_UNEXPECTED_BINARY' } });
    reader.push('52-["a",{"_placeholder":true,"num":0},{"_placeholder":true,"num":1}]');
    expect(reader.push('2["b"]')).toMatchObject({ kind: 'error', error: { code: 'SIO_ERR_UNEXPECTED_TEXT' } });
    expect(reader.push('2["b"]')).toEqual({ kind: 'packet', packet: { type: EVENT, nsp: '/', data: ['b'] } });
  });
});

describe('encodeSocketIoPacketText', () => {
  it('is the text encodeSocketIoPacket writes, for every shape of packet', () => {
    const packets: SocketIoPacket[] = [
      { type: 0, nsp: '/' }, { type: 0, nsp: '/admin', data: { token: 'é' } }, { type: 1, nsp: '/chat' },
      { type: 2, nsp: '/', data: ['tick', { id: 1 }] }, { type: 2, nsp: '/x', id: 12, data: ['echo', '😀'] },
      { type: 3, nsp: '/', id: 0, data: [] }, { type: 2, nsp: '/', data: ['bin', new Uint8Array([1, 2])] },
      { type: 3, nsp: '/y', id: 7, data: [{ b: new Uint8Array([3]) }] }, { type: 4, nsp: '/', data: 'nope' },
    ];
    for (const p of packets) expect(encodeSocketIoPacketText(p)).toBe(encodeSocketIoPacket(p).text);
  });
});
