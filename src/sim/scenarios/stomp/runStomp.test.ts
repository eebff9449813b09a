import { describe, expect, it } from 'vitest';
import { layerTiling } from '../../timeline/layerTiling';
import { fieldTiling } from '../../ws/fieldTiling';
import { defaultParams } from '../defaultParams';
import type { StompParams } from '../scenarioParams';
import { runStomp } from './runStomp';
import { stompFrames } from './stompTestHelpers';

const run = (over: Partial<StompParams> = {}) => runStomp({ ...defaultParams('stomp'), ...over });
const to = (frames: ReturnType<typeof stompFrames>, actor: string, command: string) => frames.filter((f) => f.transfer.to === actor && f.command === command);
const from = (frames: ReturnType<typeof stompFrames>, actor: string, command: string) => frames.filter((f) => f.transfer.from === actor && f.command === command);

describe('runStomp', () => {
  it('draws a lifeline per client and one for the broker', () => {
    expect(run({ clients: 4 }).actors.map((a) => a.id)).toEqual(['client', 'client-2', 'client-3', 'client-4', 'broker']);
    expect(run({ clients: 9 }).actors).toHaveLength(5);
  });

  it('upgrades with Sec-WebSocket-Protocol v12.stomp and gets it back in the 101', () => {
    const t = run();
    const text = (i: number) => new TextDecoder().decode(t.transfers[i]!.bytes);
    const request = t.transfers.find((x) => x.kind === 'http-request')!;
    const answer = t.transfers.find((x) => x.kind === 'http-response')!;
    expect(text(request.id)).toContain('Sec-WebSocket-Protocol: v12.stomp, v11.stomp, v10.stomp\r\n');
    expect(text(answer.id)).toMatch(/^HTTP\/1\.1 101 [^]*Sec-WebSocket-Protocol: v12\.stomp\r\n/);
  });

  it('answers CONNECT with CONNECTED naming the version, the heart-beat, a session and the server', () => {
    const frames = stompFrames(run());
    const connect = from(frames, 'client', 'CONNECT')[0]!;
    expect([connect.header('accept-version'), connect.header('host'), connect.header('heart-beat')]).toEqual(['1.2,1.1,1.0', 'example.com', '4000,4000']);
    const connected = to(frames, 'client', 'CONNECTED')[0]!;
    expect([connected.header('version'), connected.header('heart-beat'), connected.header('session'), connected.header('server')]).toEqual(['1.2', '4000,4000', 'session-1', 'socket-lab/0.1']);
  });

  it('fans a topic message out to every subscriber with subscription, message-id, destination, content-type and content-length', () => {
    const frames = stompFrames(run({ clients: 3, messages: 2 }));
    for (const actor of ['client', 'client-2', 'client-3']) {
      const got = to(frames, actor, 'MESSAGE');
      expect(got.map((m) => m.header('destination'))).toEqual(['/topic/prices', '/topic/prices']);
      for (const m of got) {
        expect(m.header('subscription')).toBe('sub-0');
        expect(m.header('message-id')).toMatch(/^msg-\d+$/);
        expect(m.header('content-type')).toBe('application/json');
        expect(m.header('content-length')).toBe(String(new TextEncoder().encode(m.body).length));
      }
    }
  });

  it('gives each queue message to one consumer, taking turns', () => {
    const frames = stompFrames(run({ clients: 3, messages: 6, destinationKind: 'queue' }));
    const receivers = frames.filter((f) => f.command === 'MESSAGE').map((f) => f.transfer.to);
    expect(receivers).toEqual(['client', 'client-2', 'client-3', 'client', 'client-2', 'client-3']);
  });

  it('ACKs each MESSAGE by its ack header in client-individual mode, and sends no ACK in auto mode', () => {
    const frames = stompFrames(run({ clients: 2, messages: 2 }));
    const messages = to(frames, 'client-2', 'MESSAGE');
    expect(from(frames, 'client-2', 'ACK').map((a) => a.header('id'))).toEqual(messages.map((m) => m.header('ack')));
    const auto = stompFrames(run({ ackMode: 'auto' }));
    expect(auto.filter((f) => f.command === 'ACK')).toEqual([]);
    expect(auto.filter((f) => f.command === 'MESSAGE').every((m) => m.header('ack') === undefined)).toBe(true);
  });

  it('gives a NACKed queue message to the next consumer', () => {
    const frames = stompFrames(run({ clients: 3, messages: 2, destinationKind: 'queue', nackFirst: true }));
    const nack = from(frames, 'client-2', 'NACK')[0]!;
    const again = frames.filter((f) => f.command === 'MESSAGE' && f.transfer.sentAt >= nack.transfer.arrivedAt);
    expect(again[0]!.transfer.to).toBe('client-3');
    expect(again[0]!.body).toBe(to(frames, 'client-2', 'MESSAGE')[0]!.body);
  });

  it('answers every receipt with a RECEIPT, after the frame’s own work', () => {
    const frames = stompFrames(run({ clients: 2, messages: 2 }));
    expect(to(frames, 'client', 'RECEIPT').map((r) => r.header('receipt-id'))).toEqual(['sub-0', 'last-send', 'disconnect-1']);
    const lastSendReceipt = to(frames, 'client', 'RECEIPT')[1]!;
    const lastMessage = to(frames, 'client', 'MESSAGE').at(-1)!;
    expect(lastMessage.transfer.id).toBeLessThan(lastSendReceipt.transfer.id);
  });

  it('sends heart-beats as bare EOLs at the negotiated interval, each way', () => {
    const t = run({ heartBeatMs: 2000, clients: 2, durationMs: 9000 });
    const beats = (from: string, to: string) => t.transfers.filter((x) => x.summary.startsWith('heart-beat') && x.from === from && x.to === to).map((x) => x.sentAt);
    const gaps = (xs: number[]) => xs.slice(1).map((x, i) => Math.round(x - xs[i]!));
    expect(gaps(beats('broker', 'client'))).toEqual([2000, 2000, 2000]);
    expect(gaps(beats('client-2', 'broker'))).toEqual([2000, 2000, 2000]);
    const beat = t.transfers.find((x) => x.summary.startsWith('heart-beat') && x.from === 'broker')!;
    expect(Array.from(beat.bytes)).toEqual([0x81, 0x01, 0x0a]);
    expect(run({ heartBeatMs: 0 }).transfers.some((x) => x.summary.startsWith('heart-beat'))).toBe(false);
  });

  it('answers a malformed frame with ERROR, then closes that client and keeps serving the others', () => {
    const t = run({ clients: 3, messages: 3, fault: 'malformed-frame', faultAtMs: 2000 });
    const frames = stompFrames(t);
    const error = to(frames, 'client-3', 'ERROR')[0]!;
    expect(error.header('message')).toMatch(/^STOMP_ERR_MALFORMED_HEADER at byte \d+/);
    expect(error.header('content-type')).toBe('text/plain');
    const close = t.transfers.find((x) => x.from === 'broker' && x.to === 'client-3' && x.summary.startsWith('Close'))!;
    expect(close.summary).toBe('Close 1002');
    expect(close.id).toBeGreaterThan(error.transfer.id);
    expect(to(frames, 'client-3', 'MESSAGE').every((m) => m.transfer.sentAt < error.transfer.sentAt)).toBe(true);
    expect(to(frames, 'client', 'MESSAGE')).toHaveLength(3);
    expect(to(frames, 'client-2', 'MESSAGE')).toHaveLength(3);
  });

  it('gives up on a client that stops its heart-beats: ERROR and close 1008 after two intervals of silence', () => {
    const t = run({ fault: 'missed-heart-beats', faultAtMs: 2000 });
    const error = to(stompFrames(t), 'client-3', 'ERROR')[0]!;
    expect(error.header('message')).toBe('no heart-beat for 8000 ms');
    expect(t.transfers.find((x) => x.to === 'client-3' && x.summary.startsWith('Close'))!.summary).toBe('Close 1008');
  });

  it('ends a client that never ACKs as a slow consumer once it holds more than maxPending messages', () => {
    const frames = stompFrames(run({ messages: 5, maxPending: 2, fault: 'never-ack' }));
    expect(to(frames, 'client-3', 'MESSAGE')).toHaveLength(3);
    expect(to(frames, 'client-3', 'ERROR')[0]!.header('message')).toMatch(/^slow consumer/);
    expect(to(frames, 'client', 'MESSAGE')).toHaveLength(5);
  });

  it('disconnects right after CONNECTED when the window ends before the session is up (heart-beats then stop)', () => {
    // With durationMs 0 the DISCONNECT is due before CONNECT has even been sent; dropping it would leave the heart-beats running forever.
    const t = run({ durationMs: 0, clients: 2, heartBeatMs: 4000 });
    const frames = stompFrames(t);
    for (const client of ['client', 'client-2']) {
      const connected = to(frames, client, 'CONNECTED')[0]!;
      const disconnect = from(frames, client, 'DISCONNECT')[0]!;
      expect(disconnect.transfer.sentAt).toBeGreaterThanOrEqual(connected.transfer.arrivedAt);
      expect(to(frames, client, 'RECEIPT').map((r) => r.header('receipt-id'))).toContain(disconnect.header('receipt'));
    }
    expect(t.duration).toBeLessThan(4000);
  });

  it('answers DISCONNECT with its RECEIPT, then Close 1000, and every side reports a clean close', () => {
    const t = run({ clients: 2 });
    const frames = stompFrames(t);
    const disconnect = from(frames, 'client', 'DISCONNECT')[0]!;
    const receipt = to(frames, 'client', 'RECEIPT').find((r) => r.header('receipt-id') === disconnect.header('receipt'))!;
    const close = t.transfers.find((x) => x.from === 'broker' && x.to === 'client' && x.summary === 'Close 1000')!;
    expect(receipt.transfer.id).toBeLessThan(close.id);
    const closes = t.steps.filter((s) => s.kind === 'ws-close');
    expect(closes.map((s) => s.actor).sort()).toEqual(['broker', 'broker', 'client', 'client-2']);
    expect(closes.every((s) => s.kind === 'ws-close' && s.close.wasClean && s.close.code === 1000)).toBe(true);
  });

  it('masks every client frame, never a broker frame', () => {
    const t = run();
    for (const x of t.transfers.filter((y) => y.kind === 'ws-frame')) expect((x.bytes[1]! & 0x80) !== 0).toBe(x.from !== 'broker');
  });

  it('carries a WebSocket layer over every byte and a STOMP layer over the payload, both tiled by their fields', () => {
    const t = run({ fault: 'malformed-frame' });
    const layered = t.transfers.filter((x) => x.layers !== undefined);
    expect(layered.length).toBeGreaterThan(20);
    for (const x of layered) {
      expect(x.layers!.map((l) => l.protocol)).toEqual(['ws', 'stomp']);
      expect(x.layers![0]!.range).toEqual([0, x.bytes.length]);
      expect(fieldTiling(x.layers![0]!.fields, x.bytes.length)).toEqual({ ok: true });
      for (const layer of x.layers!) expect(layerTiling(layer, x.bytes.length)).toEqual({ ok: true });
      expect(x.headerBytes + x.payloadBytes).toBe(x.bytes.length);
    }
  });

  it('counts a SEND as an app event its first MESSAGE delivers', () => {
    const t = run({ messages: 4 });
    expect(t.metrics.events).toBe(4);
    expect(t.metrics.delivered).toBe(4);
  });

  it('is deterministic: the same params give the same bytes, another seed other send times', () => {
    const bytes = (seed: number) => run({ seed }).transfers.map((x) => Array.from(x.bytes).join(','));
    expect(bytes(3)).toEqual(bytes(3));
    expect(run({ seed: 3 }).events.map((e) => e.generatedAt)).not.toEqual(run({ seed: 4 }).events.map((e) => e.generatedAt));
  });

  it('ends a silent client even when its grace period ends where floating point cannot subtract exactly', () => {
    // This run once checked the watchdog at the same instant again and again (now − lastHeard fell a hair short).
    const frames = stompFrames(run({ fault: 'missed-heart-beats', destinationKind: 'queue', ackMode: 'auto', clients: 2, messages: 12 }));
    expect(to(frames, 'client-2', 'ERROR').map((f) => f.header('message'))).toEqual(['no heart-beat for 8000 ms']);
  });
});
