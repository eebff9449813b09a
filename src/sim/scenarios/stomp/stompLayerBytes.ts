/**
 * What STOMP costs per delivered message, layer by layer, against raw
 * WebSocket on the same events. Counted over every frame a message needs:
 * the SEND (client → broker), each MESSAGE (broker → subscriber) and each
 * ACK/NACK. Raw WebSocket carries the same bodies with no sub-protocol: one
 * masked frame up per SEND, one unmasked frame down per MESSAGE, nothing to
 * acknowledge. Read from the transfers' layers, so it holds for any timeline
 * whose frames carry a STOMP layer.
 */
import type { Field, Timeline, Transfer } from '../../timeline/types';
import { encodeFrame } from '../../ws/encodeFrame';
import { OPCODE_TEXT } from '../../ws/opcodes';

/** Bytes per delivered message, split by layer. */
export interface StompLayerBytes {
  /** MESSAGE frames that reached a subscriber. */
  readonly delivered: number;
  readonly stomp: { readonly wsHeader: number; readonly stompHeaders: number; readonly payload: number; readonly total: number };
  readonly raw: { readonly wsHeader: number; readonly payload: number; readonly total: number };
}

const MASK = /*#__PURE__*/ new Uint8Array(4);
const PER_MESSAGE = /*#__PURE__*/ new Set(['SEND', 'MESSAGE', 'ACK', 'NACK']);

/** The STOMP command a transfer carries, or undefined (heart-beats, Close frames, the handshake). */
export function stompCommandOf(transfer: Transfer): string | undefined {
  const stomp = transfer.layers?.find((l) => l.protocol === 'stomp');
  return stomp?.fields.find((f) => f.name === 'command')?.value;
}

const length = (f: Field | undefined): number => (f === undefined ? 0 : f.end - f.start);

/** Bytes per delivered message in `timeline` (all zeros when nothing was delivered). */
export function stompLayerBytes(timeline: Timeline): StompLayerBytes {
  let wsHeader = 0;
  let stompHeaders = 0;
  let payload = 0;
  let delivered = 0;
  let rawHeader = 0;
  const delivering = new Set(timeline.steps.flatMap((s) => (s.kind === 'arrive' ? [s.transferId] : [])));
  for (const t of timeline.transfers) {
    const command = stompCommandOf(t);
    if (command === undefined || !PER_MESSAGE.has(command)) continue;
    const stomp = t.layers!.find((l) => l.protocol === 'stomp')!;
    const body = length(stomp.fields.find((f) => f.name === 'body'));
    wsHeader += stomp.range[0];
    stompHeaders += stomp.range[1] - stomp.range[0] - body;
    payload += body;
    if (command === 'ACK' || command === 'NACK') continue;
    // The same body in a bare WebSocket frame: masked up (SEND), unmasked down (MESSAGE).
    rawHeader += encodeFrame({ opcode: OPCODE_TEXT, payload: new Uint8Array(body), maskingKey: command === 'SEND' ? MASK : undefined }).headerBytes;
    if (command === 'MESSAGE' && delivering.has(t.id)) delivered++;
  }
  const per = (x: number): number => (delivered === 0 ? 0 : x / delivered);
  // Raw WebSocket moves the same bodies: the SENDs' and MESSAGEs' payload, no more.
  return {
    delivered,
    stomp: { wsHeader: per(wsHeader), stompHeaders: per(stompHeaders), payload: per(payload), total: per(wsHeader + stompHeaders + payload) },
    raw: { wsHeader: per(rawHeader), payload: per(payload), total: per(rawHeader + payload) },
  };
}
