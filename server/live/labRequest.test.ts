import { describe, expect, it } from 'vitest';
import { parseLabRequest } from './labRequest';

describe('parseLabRequest', () => {
  it('reads a ping request, with or without data', () => {
    expect(parseLabRequest('{"request":"ping","data":"hi"}')).toEqual({ kind: 'ping', data: 'hi' });
    expect(parseLabRequest('{"request":"ping"}')).toEqual({ kind: 'ping', data: '' });
  });

  it('leaves every other text to the echo: plain words, other JSON, unknown requests or keys, wrong types', () => {
    for (const text of ['ping', '{"type":"ping"}', '{"request":"pong"}', '{"request":"ping","data":3}', '{"request":"ping","extra":1}', '[{"request":"ping"}]', '{"request":"ping"']) {
      expect(parseLabRequest(text)).toBeNull();
    }
  });
});
