import { describe, expect, it } from 'vitest';
import { encodeEngineIoPacket } from '../../engineio/encodePacket';
import { ENGINE_IO_PACKET_TYPES } from '../../engineio/packetTypes';
import type { EngineIoPacket } from '../../engineio/types';
import { eventPayload } from '../../events/eventPayload';
import { createPrng } from '../../engine/createPrng';
import { encodeSocketIoPacketText } from '../../socketio/encodePacket';
import { ACK, EVENT } from '../../socketio/packetTypes';
import { SioAckPacket, SioMessagePacket, SioTickPacket, tickPacket } from './sioMessagePacket';
import { NO_MASK, packetsLabel, pollResponse, postRequest, wsPacketFrame } from './sioWire';

// The label as the diagram always read it: the first 24 bytes of the polling encoding, one character per byte.
function labelOfBytes(packet: EngineIoPacket): string {
  const bytes = encodeEngineIoPacket(packet, { transport: 'polling' }).bytes;
  let s = '';
  for (let i = 0; i < Math.min(24, bytes.length); i++) s += String.fromCharCode(bytes[i]!);
  return bytes.length > 24 ? `${s}…` : s;
}

const texts = ['', 'probe', 'x'.repeat(22), 'x'.repeat(23), 'x'.repeat(24), '2["tick",{"id":12,"data":"abc"}]', 'é', `${'a'.repeat(20)}é`, `${'a'.repeat(22)}é€`, '😀 smile', '\ud800 lone'];

describe('Socket.IO wire messages', () => {
  it('label a packet with the first 24 bytes of its polling encoding, text or binary', () => {
    const packets: EngineIoPacket[] = [
      ...ENGINE_IO_PACKET_TYPES.map((type) => ({ type })),
      ...texts.map((data) => ({ type: 'message' as const, data })),
      { type: 'message', data: new Uint8Array([1, 2, 3, 250]) },
    ];
    for (const p of packets) expect(packetsLabel([p])).toBe(labelOfBytes(p));
    expect(packetsLabel(packets.slice(0, 3))).toBe(packets.slice(0, 3).map(labelOfBytes).join(' · '));
  });

  it('write a packet frame exactly as long as the size it was timed with, at every length form, masked or not', () => {
    for (const length of [0, 1, 124, 125, 126, 65_534, 65_535, 65_536]) {
      for (const mask of [NO_MASK, 0x800102ff]) {
        const { message } = wsPacketFrame({ type: 'message', data: 'é'.repeat(length >> 1) + 'a'.repeat(length & 1) }, mask);
        expect(message.bytes.length).toBe(message.headerBytes + message.payloadBytes);
      }
    }
  });

  it('count, label and write a tick kept as its payload as the codec writes the parsed packet', () => {
    let kept = 0;
    for (const bytes of [1, 2, 12, 16, 17, 18, 24, 32, 40, 300]) {
      for (const id of [undefined, 0, 7, 123_456]) {
        const payload = eventPayload(1000 + bytes, bytes);
        // A payload too short for its JSON skeleton is cut text: it goes as a string argument.
        let argument: unknown = payload;
        try {
          argument = JSON.parse(payload);
        } catch {
          expect(tickPacket(id, payload)).not.toBeInstanceOf(SioTickPacket);
        }
        const plain = encodeSocketIoPacketText(id === undefined ? { type: EVENT, nsp: '/', data: ['tick', argument] } : { type: EVENT, nsp: '/', id, data: ['tick', argument] });
        const sio = tickPacket(id, payload);
        if (sio instanceof SioTickPacket) kept++;
        const counted = new SioMessagePacket(sio);
        const frame = wsPacketFrame(counted, NO_MASK);
        expect([counted.textLength, packetsLabel([counted])]).toEqual([plain.length, labelOfBytes({ type: 'message', data: plain })]);
        expect(frame.summary).toBe(`WS ${labelOfBytes({ type: 'message', data: plain })}`);
        expect(counted.data).toBe(plain);
        expect(frame.message.bytes.length).toBe(frame.message.headerBytes + frame.message.payloadBytes);
        expect(new SioMessagePacket(sio).textLength).toBe(plain.length);
      }
    }
    expect(kept).toBe(16);
  });

  it('count, label and write an ACK without arguments as the codec writes it', () => {
    for (const id of [0, 9, 10, 99_999]) {
      const plain = encodeSocketIoPacketText({ type: ACK, nsp: '/', id, data: [] });
      const counted = new SioMessagePacket(new SioAckPacket(id));
      expect([counted.textLength, packetsLabel([counted])]).toEqual([plain.length, labelOfBytes({ type: 'message', data: plain })]);
      expect(pollResponse([counted]).summary).toBe(`200 ${labelOfBytes({ type: 'message', data: plain })}`);
      expect(counted.data).toBe(plain);
    }
  });

  it('write polls and POSTs exactly as long as the sizes they were timed with, whatever the body length', () => {
    for (const data of texts) {
      const packets: EngineIoPacket[] = [{ type: 'message', data }, { type: 'ping' }];
      for (const msg of [pollResponse(packets), pollResponse(packets.slice(0, 1)), postRequest({ kind: 'browser' }, 'sid', createPrng(1), packets)]) {
        expect(msg.message.bytes.length).toBe(msg.message.headerBytes + msg.message.payloadBytes);
      }
    }
    const long = { type: 'message' as const, data: 'a'.repeat(12_345) };
    const post = postRequest({ kind: 'custom', headers: [{ name: 'Host', value: 'example.com' }] }, 'é-sid', createPrng(2), [long]);
    expect(post.message.bytes.length).toBe(post.message.headerBytes + post.message.payloadBytes);
    expect(post.poll).toBeUndefined();
  });
});
