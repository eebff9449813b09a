// The server's frames are timed before they are written, and the client acts on the frame as data: both hold
// only if the sizes are the codecs' and the real readers, fed the bytes, find the same frame.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../../bytes/utf8';
import { decodeChunked } from '../../http/decodeChunked';
import { encodeChunk } from '../../http/encodeChunk';
import { parseResponse } from '../../http/parseResponse';
import { serializeResponse } from '../../http/serializeResponse';
import { withContentLength } from '../../http/withContentLength';
import { decodeSockJsFrame } from '../../sockjs/decodeFrame';
import { encodeSockJsFrame } from '../../sockjs/encodeFrame';
import type { SockJsFrame } from '../../sockjs/frameTypes';
import { layerTiling } from '../../timeline/layerTiling';
import type { Transfer } from '../../timeline/types';
import { decodeFrame } from '../../ws/decodeFrame';
import { encodeFrame } from '../../ws/encodeFrame';
import { OPCODE_TEXT } from '../../ws/opcodes';
import { defaultParams } from '../defaultParams';
import { runScenario } from '../runScenario';
import { SCENARIO_FAULTS } from '../scenarioFaults';
import { pollingResponse, streamingChunk, wsFrame, type SockJsMessage } from './sockJsWire';

const LAST_CHUNK = encodeUtf8('0\r\n\r\n');
const text = fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('"', '\\', '\u2028', '😀', '한')), maxLength: 40 });
const frame: fc.Arbitrary<SockJsFrame> = fc.oneof(
  fc.constantFrom<SockJsFrame>({ type: 'open' }, { type: 'heartbeat' }),
  fc.array(text, { minLength: 1, maxLength: 4 }).map((messages): SockJsFrame => ({ type: 'array', messages })),
  fc.record({ code: fc.integer({ min: 1000, max: 4999 }), reason: text }).map(({ code, reason }): SockJsFrame => ({ type: 'close', code, reason })),
);
// Frames (a["…"] is 6 bytes more) at the WebSocket length forms' edges (125 / 126, 65,535 / 65,536 bytes), and longer
// chunk sizes and Content-Lengths.
const edges: SockJsFrame[] = [118, 119, 120, 2000, 65_528, 65_529, 65_530, 70_000].map((n) => ({ type: 'array', messages: ['x'.repeat(n)] }));

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const sizesOf = (m: SockJsMessage) => ({ headerBytes: m.message.headerBytes, payloadBytes: m.message.payloadBytes });

/** The codecs' own writing of each shape, eagerly. */
const eager = {
  ws: (f: SockJsFrame) => encodeFrame({ opcode: OPCODE_TEXT, payload: encodeSockJsFrame(f).bytes }),
  chunk: (f: SockJsFrame) => encodeChunk(encodeSockJsFrame(f, { newline: true }).bytes),
  poll: (f: SockJsFrame) => {
    const body = encodeSockJsFrame(f, { newline: true }).bytes;
    return serializeResponse({ status: 200, headers: withContentLength([{ name: 'Content-Type', value: 'application/javascript; charset=UTF-8' }, { name: 'Cache-Control', value: 'no-store, no-cache, no-transform, must-revalidate, max-age=0' }], body), body });
  },
};

/** What the real readers find in a server frame's bytes: the outer codec's reader, then the SockJS one. */
function readBack(kind: 'ws' | 'chunk' | 'poll', bytes: Uint8Array): SockJsFrame | undefined {
  let inner: Uint8Array | undefined;
  if (kind === 'ws') {
    const ws = decodeFrame(bytes, { role: 'client' });
    inner = ws.ok ? ws.frame.payload : undefined;
  } else if (kind === 'chunk') {
    const all = new Uint8Array(bytes.length + LAST_CHUNK.length);
    all.set(bytes);
    all.set(LAST_CHUNK, bytes.length);
    const chunked = decodeChunked(all);
    inner = chunked.ok ? chunked.value.body : undefined;
  } else {
    const response = parseResponse(bytes);
    inner = response.ok ? response.value.body : undefined;
  }
  const decoded = inner && decodeSockJsFrame(inner);
  return decoded?.ok ? decoded.frame : undefined;
}

const PREFIX = { ws: 'WS ', chunk: 'chunk: ', poll: '200 ' } as const;
const label = (text: string) => (text.length > 26 ? `${text.slice(0, 26)}…` : text);

const shapes = [['ws', wsFrame], ['chunk', streamingChunk], ['poll', pollingResponse]] as const;

describe('server frames written on first read', () => {
  for (const [kind, write] of shapes) {
    it(`gives a ${kind} message the codec's sizes, bytes and label, and the reader finds the frame it carries`, () => {
      const check = (f: SockJsFrame) => {
        const m = write(f);
        const sizes = sizesOf(m);
        const codec = eager[kind](f);
        expect(sizes).toEqual({ headerBytes: codec.headerBytes, payloadBytes: codec.payloadBytes });
        // Compared as hex: a deep comparison of a 64 KiB array element by element is slow.
        expect(hex(m.message.bytes)).toBe(hex(codec.bytes));
        for (const layer of m.message.layers ?? []) expect(layerTiling(layer, codec.bytes.length)).toEqual({ ok: true });
        expect(m.frame).toEqual(f);
        expect(m.summary).toBe(`${PREFIX[kind]}${label(encodeSockJsFrame(f).text)}`);
        expect(readBack(kind, m.message.bytes)).toEqual(f);
      };
      edges.forEach(check);
      fc.assert(fc.property(frame, check), { numRuns: 100 });
    });
  }
});

describe('every server frame of every fault', () => {
  const kindOf = (t: Transfer): 'ws' | 'chunk' | 'poll' | undefined =>
    t.from !== 'server' ? undefined : t.kind === 'ws-frame' ? 'ws' : t.kind === 'http-chunk' ? 'chunk' : t.summary.startsWith('200 ') && t.layers?.[1]?.protocol === 'sockjs' && !t.summary.startsWith('200 {') ? 'poll' : undefined;
  for (const fault of SCENARIO_FAULTS.sockjs) {
    it(`reads back, for fault ${fault}, a frame whose summary and sizes match its bytes`, () => {
      const timeline = runScenario('sockjs', { ...defaultParams('sockjs'), fault, heartbeatMs: 3000, events: { kind: 'periodic', periodMs: 300, startMs: 500 }, clientMessages: [400, 1500, 1510, 6000] });
      let frames = 0;
      for (const t of timeline.transfers) {
        const kind = kindOf(t);
        if (kind === undefined || t.summary === 'chunk: prelude (2 KiB of h)' || t.summary.startsWith('WS Close')) continue;
        frames++;
        expect(t.headerBytes + t.payloadBytes).toBe(t.bytes.length);
        const read = readBack(kind, t.bytes);
        expect(read).toBeDefined();
        // The summary is written from the frame the server handed the client; the bytes must say the same.
        expect(t.summary).toBe(`${PREFIX[kind]}${label(encodeSockJsFrame(read!).text)}`);
      }
      expect(frames).toBeGreaterThan(10);
    });
  }
});
