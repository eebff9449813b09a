import { describe, expect, it } from 'vitest';
import { serverAvailable } from './serverAvailable';

const answer = (status: number, body: string) => (async () => new Response(body, { status })) as unknown as typeof fetch;

describe('serverAvailable', () => {
  it('recognises sockjs-node\'s /info', async () => {
    expect(await serverAvailable(answer(200, '{"websocket":true,"origins":["*:*"],"cookie_needed":false,"entropy":1}'))).toBe(true);
  });

  it('says no to the static build\'s placeholder', async () => {
    expect(await serverAvailable(answer(200, '{"live":false,"message":"A static copy of Socket Lab"}'))).toBe(false);
  });

  it('says no when a static host answers 404 with a page', async () => {
    expect(await serverAvailable(answer(404, '<!doctype html>'))).toBe(false);
  });

  it('says no when the request fails', async () => {
    expect(await serverAvailable((async () => { throw new TypeError('offline'); }) as unknown as typeof fetch)).toBe(false);
  });
});
