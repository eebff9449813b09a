/**
 * Predicted vs measured bytes per delivered message, for every technique: the
 * simulator, run with the response headers the real server sent, the payload
 * sizes it wrote and the header model's request heads (the raw client sends
 * exactly what the model says Chromium sends from a page on the server's own
 * origin), must land within 2 % of the bytes the raw client counted on the wire
 * plus the request head bytes the server reported.
 * Each answer or frame carries exactly one message, sent with POST /api/send.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defaultRequestHeaders, serializeRequest, type RequestKind } from '../../../src/sim/index';
import { predictLive, type PredictionInput } from '../../../src/lib/live/predictLive';
import { utf8Length, withoutFraming } from '../../../src/lib/live/wireBytes';
import { RawHttp } from '../support/rawHttp';
import { RawWebSocket } from '../support/rawWebSocket';
import { startLiveServer, type StartedServer } from '../support/startLiveServer';

const MESSAGES = 5;
const TOLERANCE = 0.02;
// One message a second in the simulated run; polls every 300 ms, so no answer carries two.
const EVENT_TIMES = Array.from({ length: MESSAGES }, (_, k) => (k + 1) * 1000);
const PREDICTION: Omit<PredictionInput, 'technique' | 'payloadBytes'> = {
  rttMs: 1, eventTimesMs: EVENT_TIMES, durationMs: (MESSAGES + 1) * 1000, pollIntervalMs: 300, holdTimeoutMs: 25_000,
};

let server: StartedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

/** The request head the header model writes for a page at http://127.0.0.1:<port>/live (fetch() GET, or EventSource). */
function get(path: string, port: number, kind: RequestKind = 'fetch'): string {
  const host = `127.0.0.1:${port}`;
  const headers = defaultRequestHeaders(host, { kind, pageOrigin: `http://${host}`, referer: `http://${host}/live` });
  return new TextDecoder().decode(serializeRequest({ method: 'GET', target: path, headers }).bytes);
}

async function send(session: string, k: number): Promise<void> {
  const response = await fetch(`${server!.http}/api/send?session=${session}`, { method: 'POST', body: `message ${k} `.padEnd(64, '.') });
  expect(response.status).toBe(202);
}

function expectWithin(predicted: number | undefined, measured: number): void {
  expect(predicted).toBeDefined();
  expect(Math.abs(predicted! - measured) / measured).toBeLessThan(TOLERANCE);
}

describe('predicted vs measured bytes per message', () => {
  for (const technique of ['polling', 'long-polling'] as const) {
    it(`${technique}: request head (server's count) + whole answer (counted on the wire) within 2 %`, async () => {
      server = await startLiveServer();
      const session = `bytes-${technique}`;
      const path = technique === 'polling' ? '/api/poll' : '/api/long-poll';
      const http = await RawHttp.open(server.port);
      http.write(get(`/api/poll?session=${session}&rate=0`, server.port));
      let since = (JSON.parse((await http.answer()).body) as { lastId: number }).lastId;
      const measured: number[] = [];
      const bodies: number[] = [];
      const heads: number[] = [];
      let headers: ReturnType<typeof withoutFraming> = [];
      for (let k = 1; k <= MESSAGES; k++) {
        if (technique === 'polling') await send(session, k);
        const request = get(`${path}?session=${session}&since=${since}`, server.port);
        http.write(request);
        if (technique === 'long-polling') await send(session, k);
        const answer = await http.answer();
        const body = JSON.parse(answer.body) as { events: unknown[]; lastId: number; requestHeaderBytes: number };
        expect(body.events).toHaveLength(1);
        since = body.lastId;
        measured.push(body.requestHeaderBytes + answer.wireBytes);
        bodies.push(utf8Length(answer.body));
        // The prediction gets the model's head; the server counted exactly what was written.
        expect(body.requestHeaderBytes).toBe(request.length);
        heads.push(request.length);
        headers = withoutFraming(answer.headers);
      }
      http.close();
      const prediction = predictLive({ ...PREDICTION, technique, payloadBytes: mean(bodies), requestHeadBytes: mean(heads), responseHeaders: headers });
      expectWithin(prediction.bytesPerMessage, mean(measured));
    });
  }

  it('SSE: each event’s chunk (size line, id/data block, CRLF) within 2 %', async () => {
    server = await startLiveServer();
    const session = 'bytes-sse';
    const http = await RawHttp.open(server.port);
    http.write(get(`/api/sse?session=${session}&rate=0`, server.port, 'eventsource'));
    const head = await http.answer();
    await http.chunk(); // the hello event
    const measured: number[] = [];
    const data: number[] = [];
    for (let k = 1; k <= MESSAGES; k++) {
      await send(session, k);
      const chunk = await http.chunk();
      expect(chunk.data).toMatch(/^id: \d+\ndata: /);
      measured.push(chunk.wireBytes);
      data.push(utf8Length(/\ndata: (.*)\n/.exec(chunk.data)![1]!));
    }
    http.close();
    const prediction = predictLive({ ...PREDICTION, technique: 'sse', payloadBytes: mean(data), responseHeaders: withoutFraming(head.headers) });
    expectWithin(prediction.bytesPerMessage, mean(measured));
  });

  it('WebSocket: each event’s frame (header + payload, counted as it arrived) within 2 %', async () => {
    server = await startLiveServer();
    const session = 'bytes-ws';
    const ws = await RawWebSocket.open(server.port, `/ws?session=${session}&rate=0`, [{ name: 'Sec-WebSocket-Protocol', value: 'socketlab.v1' }]);
    await ws.nextFrame(); // hello
    const measured: number[] = [];
    const payloads: number[] = [];
    for (let k = 1; k <= MESSAGES; k++) {
      await send(session, k);
      const frame = await ws.nextFrame();
      expect(JSON.parse(new TextDecoder().decode(frame.payload))).toMatchObject({ type: 'event' });
      measured.push(ws.lastFrameBytes);
      payloads.push(frame.payload.length);
    }
    ws.destroy();
    const prediction = predictLive({ ...PREDICTION, technique: 'websocket', payloadBytes: mean(payloads) });
    expectWithin(prediction.bytesPerMessage, mean(measured));
  });
});
