import { describe, expect, it } from 'vitest';
import { serverAvailable } from './serverAvailable';

const answer = (status: number, body: string) => (async () => new Response(body, { status })) as unknown as typeof fetch;

describe('serverAvailable', () => {
  it('recognises engine.io\'s answer to an unknown transport', async () => {
    expect(await serverAvailable('socketio', answer(400, '{"code":0,"message":"Transport unknown"}'))).toBe(true);
  });

  it('says no when a static host answers 404', async () => {
    expect(await serverAvailable('socketio', answer(404, '<!doctype html>'))).toBe(false);
    expect(await serverAvailable('sockjs', answer(404, '<!doctype html>'))).toBe(false);
  });

  it('recognises sockjs-node\'s /info', async () => {
    expect(await serverAvailable('sockjs', answer(200, '{"websocket":true,"origins":["*:*"],"cookie_needed":false,"entropy":1}'))).toBe(true);
  });

  it('says no when the request fails', async () => {
    expect(await serverAvailable('sockjs', (async () => { throw new TypeError('offline'); }) as unknown as typeof fetch)).toBe(false);
  });
});
