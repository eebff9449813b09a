// Literal fixtures from the engine.io protocol v4 document, the annotation's tiling, and every error.
import { describe, expect, it } from 'vitest';
import { decodeUtf8, encodeUtf8 } from '../bytes/utf8';
import { fieldTiling } from '../ws/fieldTiling';
import { decodeEngineIoPacket } from './decodePacket';
import { decodeEngineIoPayload } from './decodePayload';
import { encodeEngineIoPacket } from './encodePacket';
import { encodeEngineIoPayload } from './encodePayload';
import { encodeOpenPacket, parseOpenHandshake } from './openHandshake';
import { RECORD_SEPARATOR } from './packetTypes';

const text = (bytes: Uint8Array) => decodeUtf8(bytes);
const handshake = { sid: 'lv_VI97HAXpY6yYWAAAC', upgrades: ['websocket'], pingInterval: 25000, pingTimeout: 20000, maxPayload: 1000000 };

describe('encodeEngineIoPacket', () => {
  it('writes a message as the digit 4 then its text', () => {
    expect(text(encodeEngineIoPacket({ type: 'message', data: 'hello €' }).bytes)).toBe('4hello €');
  });

  it('writes the probe ping of an upgrade as 2probe and a bare noop as 6', () => {
    expect(text(encodeEngineIoPacket({ type: 'ping', data: 'probe' }).bytes)).toBe('2probe');
    expect(text(encodeEngineIoPacket({ type: 'noop' }).bytes)).toBe('6');
  });

  it('sends binary as a binary frame on WebSocket and as b + base64 on polling', () => {
    const data = Uint8Array.of(1, 2, 3, 4);
    const ws = encodeEngineIoPacket({ type: 'message', data });
    expect(ws.binary).toBe(true);
    expect([...ws.bytes]).toEqual([1, 2, 3, 4]);
    const polling = encodeEngineIoPacket({ type: 'message', data }, { transport: 'polling' });
    expect(polling.binary).toBe(false);
    expect(text(polling.bytes)).toBe('bAQIDBA==');
  });

  it('writes the open packet with sid, upgrades, pingInterval, pingTimeout and maxPayload in that order', () => {
    const bytes = encodeEngineIoPacket(encodeOpenPacket(handshake)).bytes;
    expect(text(bytes)).toBe('0{"sid":"lv_VI97HAXpY6yYWAAAC","upgrades":["websocket"],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000}');
  });

  it('annotates the open packet member by member, with the punctuation between them, tiling every byte', () => {
    const { bytes, fields } = encodeEngineIoPacket(encodeOpenPacket(handshake), { annotate: true });
    expect(fieldTiling(fields!, bytes.length)).toEqual({ ok: true });
    expect(fields!.filter((f) => f.name.startsWith('open:')).map((f) => [f.name, f.meaning])).toEqual([
      ['open:sid', 'eiofield.open.sid'], ['open:upgrades', 'eiofield.open.upgrades'], ['open:pingInterval', 'eiofield.open.pingInterval'],
      ['open:pingTimeout', 'eiofield.open.pingTimeout'], ['open:maxPayload', 'eiofield.open.maxPayload'],
    ]);
    const sid = fields!.find((f) => f.name === 'open:sid')!;
    expect(text(bytes.subarray(sid.start, sid.end))).toBe('"sid":"lv_VI97HAXpY6yYWAAAC"');
  });
});

describe('decodeEngineIoPacket', () => {
  it('reads a message, a bare pong and base64 binary', () => {
    expect(decodeEngineIoPacket(encodeUtf8('4hello'))).toEqual({ ok: true, packet: { type: 'message', data: 'hello' } });
    expect(decodeEngineIoPacket(encodeUtf8('3'))).toEqual({ ok: true, packet: { type: 'pong' } });
    const b = decodeEngineIoPacket(encodeUtf8('bAQIDBA=='));
    expect(b.ok && [...(b.packet.data as Uint8Array)]).toEqual([1, 2, 3, 4]);
  });

  it('takes a binary frame as a binary message, even an empty one', () => {
    const r = decodeEngineIoPacket(new Uint8Array(0), { binary: true, annotate: true });
    expect(r).toEqual({ ok: true, packet: { type: 'message', data: new Uint8Array(0) }, fields: [] });
  });

  it('rejects an empty text packet with EIO_ERR_EMPTY_PACKET at offset 0', () => {
    expect(decodeEngineIoPacket(new Uint8Array(0))).toMatchObject({ ok: false, error: { code: 'EIO_ERR_EMPTY_PACKET', offset: 0 } });
  });

  it('rejects the type digit 7 with EIO_ERR_UNKNOWN_TYPE, naming the character', () => {
    expect(decodeEngineIoPacket(encodeUtf8('7x'))).toMatchObject({ ok: false, error: { code: 'EIO_ERR_UNKNOWN_TYPE', offset: 0, messageKey: 'eioerr.unknownType', values: { char: '7' } } });
  });

  it('rejects base64 with a character outside the alphabet at the offset after the b', () => {
    expect(decodeEngineIoPacket(encodeUtf8('bAQ*DBA=='))).toMatchObject({ ok: false, error: { code: 'EIO_ERR_INVALID_BASE64', offset: 1 } });
  });

  it('rejects invalid UTF-8 at the offset of the first bad byte', () => {
    expect(decodeEngineIoPacket(Uint8Array.of(0x34, 0x61, 0xff))).toMatchObject({ ok: false, error: { code: 'EIO_ERR_INVALID_UTF8', offset: 2 } });
  });
});

describe('engine.io payloads', () => {
  it('joins packets with the record separator 0x1e, binary as base64', () => {
    const { bytes, ranges } = encodeEngineIoPayload([{ type: 'message', data: 'hello' }, { type: 'message', data: Uint8Array.of(1, 2, 3, 4) }]);
    expect(text(bytes)).toBe('4hello\x1ebAQIDBA==');
    expect(bytes[6]).toBe(RECORD_SEPARATOR);
    expect(ranges).toEqual([{ start: 0, end: 6 }, { start: 7, end: 16 }]);
  });

  it('annotates a payload with one separator field between packets, tiling every byte', () => {
    const { bytes, fields } = encodeEngineIoPayload([{ type: 'noop' }, { type: 'message', data: '2["chat","hi"]' }, { type: 'ping' }], { annotate: true });
    expect(fieldTiling(fields!, bytes.length)).toEqual({ ok: true });
    expect(fields!.filter((f) => f.name === 'record-separator').map((f) => f.start)).toEqual([1, 17]);
  });

  it('reads the packets back with their ranges', () => {
    const r = decodeEngineIoPayload(encodeUtf8('6\x1e4hi\x1e2'));
    expect(r).toEqual({ ok: true, packets: [{ type: 'noop' }, { type: 'message', data: 'hi' }, { type: 'ping' }], ranges: [{ start: 0, end: 1 }, { start: 2, end: 5 }, { start: 6, end: 7 }] });
  });

  it('stops at the first bad packet with its offset in the body', () => {
    expect(decodeEngineIoPayload(encodeUtf8('4ok\x1e9bad'))).toMatchObject({ ok: false, error: { code: 'EIO_ERR_UNKNOWN_TYPE', offset: 4 } });
    expect(decodeEngineIoPayload(encodeUtf8('4ok\x1e'))).toMatchObject({ ok: false, error: { code: 'EIO_ERR_EMPTY_PACKET', offset: 4 } });
  });

  it('refuses a body longer than maxPayload before reading it', () => {
    expect(decodeEngineIoPayload(encodeUtf8('4' + 'x'.repeat(20)), { maxPayload: 16 })).toMatchObject({ ok: false, error: { code: 'EIO_ERR_PAYLOAD_TOO_LARGE', offset: 16, values: { limit: 16, length: 21 } } });
  });
});

describe('parseOpenHandshake', () => {
  it('reads what encodeOpenPacket wrote', () => {
    expect(parseOpenHandshake(encodeOpenPacket(handshake).data as string)).toEqual({ ok: true, handshake });
  });

  it('names the missing member, and refuses data that is not a JSON object', () => {
    expect(parseOpenHandshake('{"sid":"a","upgrades":[]}')).toMatchObject({ ok: false, error: { code: 'EIO_ERR_OPEN_MISSING_FIELD', values: { field: 'pingInterval' } } });
    expect(parseOpenHandshake('[1]')).toMatchObject({ ok: false, error: { code: 'EIO_ERR_OPEN_NOT_JSON' } });
    expect(parseOpenHandshake('{')).toMatchObject({ ok: false, error: { code: 'EIO_ERR_OPEN_NOT_JSON' } });
  });
});
