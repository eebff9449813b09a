// The layered annotation: a Socket.IO packet inside an engine.io packet, inside a polling body or a WebSocket message.
import { describe, expect, it } from 'vitest';
import { decodeUtf8, encodeUtf8 } from '../bytes/utf8';
import { fieldTiling } from '../ws/fieldTiling';
import { EVENT } from './packetTypes';
import { socketIoLayers } from './socketIoLayers';
import { socketIoOverEngineIo } from './socketIoOverEngineIo';
import type { TransferLayer } from './transferLayer';

const slice = (bytes: Uint8Array, layer: TransferLayer) => decodeUtf8(bytes, layer.range[0], layer.range[1]);

/** The inner layer's fields, moved to start at 0, tile its range. */
function tilesItsRange(layer: TransferLayer): boolean {
  const fields = layer.fields.map((f) => ({ ...f, start: f.start - layer.range[0], end: f.end - layer.range[0] }));
  return fieldTiling(fields, layer.range[1] - layer.range[0]).ok;
}

describe('socketIoLayers', () => {
  it('nests a Socket.IO EVENT inside an engine.io message on a WebSocket, with the inner range in the outer bytes', () => {
    const bytes = encodeUtf8('42["chat","hi"]');
    const r = socketIoLayers(bytes, { transport: 'websocket' });
    expect(r.ok).toBe(true);
    const [outer, inner] = r.ok ? r.layers : [];
    expect(outer).toMatchObject({ protocol: 'engineio', range: [0, 15] });
    expect(fieldTiling(outer!.fields, 15)).toEqual({ ok: true });
    expect(inner).toMatchObject({ protocol: 'socketio', range: [1, 15] });
    expect(slice(bytes, inner!)).toBe('2["chat","hi"]');
    expect(inner!.fields.find((f) => f.name === 'sio-event-name')).toMatchObject({ start: 3, end: 9, value: '"chat"' });
    expect(tilesItsRange(inner!)).toBe(true);
  });

  it('finds one inner layer per message packet of a polling body, and none for a noop or a ping', () => {
    const bytes = encodeUtf8('40{"sid":"abc"}\x1e6\x1e42["a"]\x1e2');
    const r = socketIoLayers(bytes, { transport: 'polling' });
    const inner = r.ok ? r.layers.filter((l) => l.protocol === 'socketio') : [];
    expect(inner.map((l) => slice(bytes, l))).toEqual(['0{"sid":"abc"}', '2["a"]']);
    expect(inner.every(tilesItsRange)).toBe(true);
  });

  it('leaves an engine.io message that is not Socket.IO as a single layer', () => {
    const r = socketIoLayers(encodeUtf8('4hello'), { transport: 'websocket' });
    expect(r.ok && r.layers.map((l) => l.protocol)).toEqual(['engineio']);
  });

  it('reports the engine.io error when the outer layer cannot be read', () => {
    expect(socketIoLayers(encodeUtf8('42["a"]\x1e9'), { transport: 'polling' })).toMatchObject({ ok: false, error: { code: 'EIO_ERR_UNKNOWN_TYPE', offset: 8 } });
  });
});

describe('socketIoOverEngineIo', () => {
  const packet = { type: EVENT, nsp: '/', data: ['file', Uint8Array.of(0xde, 0xad)] } as const;

  it('puts a binary event and its attachment in one polling body, the attachment as b + base64', () => {
    const [body, ...rest] = socketIoOverEngineIo([packet], 'polling');
    expect(rest).toEqual([]);
    expect(decodeUtf8(body!.bytes)).toBe('451-["file",{"_placeholder":true,"num":0}]\x1eb3q0=');
    expect(body!.layers.map((l) => l.protocol)).toEqual(['engineio', 'socketio']);
  });

  it('sends a binary event as a text frame then a binary frame on a WebSocket', () => {
    const messages = socketIoOverEngineIo([packet], 'websocket');
    expect(messages.map((m) => m.binary)).toEqual([false, true]);
    expect([...messages[1]!.bytes]).toEqual([0xde, 0xad]);
    expect(messages[1]!.layers.map((l) => l.protocol)).toEqual(['engineio']);
  });
});
