import { describe, expect, it } from 'vitest';
import { requestHeadDiff } from './requestHeadDiff';

const line = (name: string, bytes: number) => ({ name, bytes });

describe('requestHeadDiff', () => {
  it('finds nothing when every line and the request line agree', () => {
    const head = { bytes: 20 + 10 + 12 + 2, lines: [line('Host', 10), line('Accept', 12)] };
    expect(requestHeadDiff(head, { ...head, lines: [line('host', 10), line('accept', 12)] })).toEqual([]);
  });

  it('names a line the browser sent and the model left out, one it added, and one of another size', () => {
    const model = { bytes: 20 + 10 + 30 + 12 + 2, lines: [line('Host', 10), line('Accept-Encoding', 30), line('Accept', 12)] };
    const measured = { bytes: 20 + 10 + 20 + 14 + 2, lines: [line('Host', 10), line('Pragma', 20), line('Accept', 14)] };
    expect(requestHeadDiff(model, measured)).toEqual([
      { kind: 'missing', name: 'Pragma', measured: 20 },
      { kind: 'size', name: 'Accept', measured: 14, predicted: 12 },
      { kind: 'extra', name: 'Accept-Encoding', predicted: 30 },
    ]);
  });

  it('blames the request line when the lines agree and the totals do not', () => {
    const model = { bytes: 20 + 10 + 2, lines: [line('Host', 10)] };
    expect(requestHeadDiff(model, { bytes: 25 + 10 + 2, lines: [line('Host', 10)] })).toEqual([{ kind: 'request-line', measured: 25, predicted: 20 }]);
  });
});
