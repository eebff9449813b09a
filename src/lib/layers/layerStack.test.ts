import { describe, expect, it } from 'vitest';
import { defaultParams, runScenario } from '../../sim';
import { fieldTiling } from '../../sim/ws/fieldTiling';
import { hasLayers, layerBytes, layerFields, layerStack } from './layerStack';

const timeline = runScenario('stomp', defaultParams('stomp'));
const send = timeline.transfers.find((t) => t.summary.startsWith('SEND'))!;
const message = timeline.transfers.find((t) => t.summary.startsWith('MESSAGE'))!;
const upgrade = timeline.transfers.find((t) => t.kind === 'http-request')!;

describe('layerStack', () => {
  it('has layers to show only for a transfer with an inner message', () => {
    expect(hasLayers(message)).toBe(true);
    expect(hasLayers(upgrade)).toBe(false);
  });

  it('draws the WebSocket frame over every byte and the STOMP frame over its payload', () => {
    const stack = layerStack(message);
    expect(stack.bands.map((b) => b.protocol)).toEqual(['ws', 'stomp']);
    expect(stack.bands[0]).toMatchObject({ start: 0, end: message.bytes.length, left: 0, width: 100 });
    const stomp = message.layers![1]!;
    expect(stack.bands[1]).toMatchObject({ start: stomp.range[0], end: stomp.range[1] });
    expect(stack.bands[1]!.left).toBeCloseTo((100 * stomp.range[0]) / message.bytes.length, 9);
  });

  it('says how many bytes each layer adds, and what is left for the application', () => {
    const stack = layerStack(message);
    const [ws, stomp] = stack.bands;
    expect(ws!.added + stomp!.added + stack.payload).toBe(message.bytes.length);
    expect(ws!.added).toBe(message.layers![1]!.range[0]);
    expect(stack.payload).toBe(message.payloadBytes);
  });

  it('merges a byte’s bit fields into one segment', () => {
    const first = layerStack(message).bands[0]!.segments[0]!;
    expect(first.name).toBe('fin · rsv1 · rsv2 · rsv3 · opcode');
  });
});

describe('layerFields', () => {
  it('tiles every byte with the chosen layer’s fields and the outer header around it', () => {
    for (const t of [send, message]) {
      const fields = layerFields(t.layers!, 1);
      expect(fieldTiling(fields, t.bytes.length)).toEqual({ ok: true });
      expect(fields.some((f) => f.name === 'command')).toBe(true);
      expect(fields.some((f) => f.name === 'payload')).toBe(false);
    }
  });

  it('gives the outer layer’s own fields for the outermost layer', () => {
    expect(layerFields(message.layers!, 0)).toEqual([...message.layers![0]!.fields].sort((a, b) => a.start - b.start || (a.bitStart ?? 0) - (b.bitStart ?? 0)));
  });
});

describe('layerBytes', () => {
  it('unmasks a client’s payload for the inner layer so it reads as the STOMP fields say', () => {
    const { bytes, unmasked } = layerBytes(send, 1);
    expect(unmasked).toBe(true);
    const start = send.layers![1]!.range[0];
    expect(new TextDecoder().decode(bytes.subarray(start, start + 5))).toBe('SEND\n');
    expect(Array.from(bytes.subarray(0, start))).toEqual(Array.from(send.bytes.subarray(0, start)));
  });

  it('leaves a server’s unmasked frame and the outermost view as they are on the wire', () => {
    expect(layerBytes(message, 1)).toEqual({ bytes: message.bytes, unmasked: false });
    expect(layerBytes(send, 0)).toEqual({ bytes: send.bytes, unmasked: false });
  });
});
