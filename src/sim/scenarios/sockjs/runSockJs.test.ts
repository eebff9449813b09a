import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../bytes/utf8';
import { parseSockJsInfo } from '../../sockjs/info';
import { PRELUDE_LENGTH } from '../../sockjs/streamingPrelude';
import { layerTiling } from '../../timeline/layerTiling';
import type { Timeline, Transfer } from '../../timeline/types';
import { defaultParams } from '../defaultParams';
import { runScenario } from '../runScenario';
import type { SockJsParams } from '../scenarioParams';
import { timelineRecords } from '../socketio/wireTranscript';
import { MODELLED_SOCKJS_TRANSPORTS, nextModelledTransport, SOCKJS_LADDER } from './sockJsLadder';

const run = (over: Partial<SockJsParams> = {}): Timeline => runScenario('sockjs', { ...defaultParams('sockjs'), ...over });
const bodyOf = (t: Transfer): string => decodeUtf8(t.bytes).split('\r\n\r\n')[1] ?? '';
const downFrames = (timeline: Timeline) => timelineRecords(timeline).flatMap((r) => (r.kind === 'ws' && !r.up ? [r.text ?? 'Close'] : []));

describe('runScenario sockjs', () => {
  const timeline = run();

  it('asks GET /info first and reads websocket, cookie_needed, origins and entropy from it', () => {
    const [info, answer] = timeline.transfers;
    expect(decodeUtf8(info!.bytes)).toMatch(/^GET \/sockjs\/echo\/info\?t=[\w-]{8} HTTP\/1\.1\r\n/);
    expect(parseSockJsInfo(bodyOf(answer!))).toEqual({ websocket: true, origins: ['*:*'], cookie_needed: false, entropy: expect.any(Number) });
  });

  it('takes the first rung, a WebSocket to <server>/<session>/websocket, opened by "o"', () => {
    const upgrade = timeline.transfers[2]!;
    expect(decodeUtf8(upgrade.bytes)).toMatch(/^GET \/sockjs\/echo\/\d{3}\/[\w-]{8}\/websocket HTTP\/1\.1\r\n/);
    expect(downFrames(timeline)[0]).toBe('o');
  });

  it('echoes each message in an a[…] frame, sends app events the same way, and beats "h" every 25 s', () => {
    const frames = downFrames(timeline);
    expect(frames).toContain('a["{\\"id\\":1000,\\"data\\":\\"abcdefghijk\\"}"]');
    expect(timeline.metrics.delivered).toBe(timeline.events.length);
    const beats = timeline.transfers.filter((t) => t.summary === 'WS h');
    expect(beats).toHaveLength(1);
    const open = timeline.transfers.find((t) => t.summary === 'WS o')!;
    expect(beats[0]!.sentAt - open.sentAt).toBe(25_000);
  });

  it('lays the SockJS frame inside the WebSocket frame or HTTP body, every layer tiling its range', () => {
    for (const t of timeline.transfers) for (const layer of t.layers ?? []) expect(layerTiling(layer, t.bytes.length)).toEqual({ ok: true });
    const event = timeline.transfers.find((t) => t.carries.length > 0)!;
    expect(event.layers!.map((l) => l.protocol)).toEqual(['ws', 'sockjs']);
  });

  it('falls back to xhr-streaming when the WebSocket is blocked: a 2 KiB prelude, "o", then one frame per chunk', () => {
    const blocked = run({ fault: 'websocket-blocked' });
    expect(blocked.transfers.some((t) => t.summary.startsWith('403'))).toBe(true);
    const chunks = blocked.transfers.filter((t) => t.kind === 'http-chunk');
    expect(chunks[0]!.payloadBytes + chunks[0]!.headerBytes).toBeGreaterThan(PRELUDE_LENGTH);
    expect(chunks[1]!.summary).toBe('chunk: o');
    expect(blocked.transfers.filter((t) => t.summary.startsWith('POST …/xhr_send'))).toHaveLength(2);
    expect(blocked.metrics.delivered).toBe(blocked.events.length);
    expect(chunks.find((t) => t.carries.length > 0)!.layers!.map((l) => l.protocol)).toEqual(['http', 'sockjs']);
  });

  it('gives up on a stream a buffering proxy sits on after 2 × RTO and polls with xhr-polling instead', () => {
    const buffered = run({ fault: 'streaming-buffered' });
    const timeout = buffered.steps.find((s) => s.kind === 'timer' && s.timer === 'transport-timeout')!;
    // /info took a round trip, 100 ms and the bytes' serialization: RTO = 300 ms + that, two round trips.
    expect(Number(timeout.caption.values?.ms)).toBeCloseTo(2 * (300 + 100), -1);
    expect(buffered.transfers.filter((t) => t.kind === 'http-chunk')).toEqual([]);
    expect(buffered.transfers.some((t) => t.summary === '200 o')).toBe(true);
    expect(buffered.metrics.delivered).toBe(buffered.events.length);
  });

  it('lists the ladder in sockjs-client’s order and models the rungs a modern browser uses', () => {
    expect(SOCKJS_LADDER[0]).toBe('websocket');
    expect(SOCKJS_LADDER.at(-1)).toBe('jsonp-polling');
    expect(MODELLED_SOCKJS_TRANSPORTS).toEqual(['websocket', 'xhr-streaming', 'xhr-polling']);
    expect(nextModelledTransport('websocket')).toBe('xhr-streaming');
    expect(nextModelledTransport('xhr-streaming')).toBe('xhr-polling');
    expect(nextModelledTransport('xhr-polling')).toBeUndefined();
  });
});
