import { describe, expect, it } from 'vitest';
import { encodeFrame } from '../ws/encodeFrame';
import { OPCODE_TEXT } from '../ws/opcodes';
import { encodeStompFrame } from '../stomp/encodeStompFrame';
import { encodeUtf8 } from '../bytes/utf8';
import { layerTiling, shiftFields } from './layerTiling';
import type { TransferLayer } from './types';

// A STOMP SEND inside an unmasked WebSocket text frame: the layering is real, the inner bytes are the outer payload.
const stomp = encodeStompFrame({ command: 'SEND', headers: [{ name: 'destination', value: '/topic/a' }], body: encodeUtf8('hi') });
const ws = encodeFrame({ opcode: OPCODE_TEXT, fin: true, payload: stomp.bytes }, { annotate: true });
const payloadStart = ws.bytes.length - stomp.bytes.length;

describe('layerTiling', () => {
  it('accepts a STOMP frame whose fields, shifted to the WebSocket payload, tile its range', () => {
    const layer: TransferLayer = { protocol: 'stomp', range: [payloadStart, ws.bytes.length], fields: shiftFields(stomp.fields, payloadStart) };
    expect(layerTiling(layer, ws.bytes.length)).toEqual({ ok: true });
  });

  it('reports a gap when the inner fields were left unshifted', () => {
    const layer: TransferLayer = { protocol: 'stomp', range: [payloadStart, ws.bytes.length], fields: stomp.fields };
    expect(layerTiling(layer, ws.bytes.length)).toMatchObject({ ok: false, problem: 'overlap' });
  });

  it('reports a range that runs past the outer bytes', () => {
    const layer: TransferLayer = { protocol: 'stomp', range: [payloadStart, ws.bytes.length + 1], fields: [] };
    expect(layerTiling(layer, ws.bytes.length)).toEqual({ ok: false, problem: 'range-outside', at: ws.bytes.length + 1 });
  });

  it('reports an uncovered tail when the last field is missing', () => {
    const fields = shiftFields(stomp.fields, payloadStart).slice(0, -1);
    expect(layerTiling({ protocol: 'stomp', range: [payloadStart, ws.bytes.length], fields }, ws.bytes.length)).toMatchObject({ ok: false, problem: 'uncovered-tail' });
  });
});
