// The default SockJS session (seed 1), one line per message: an unintended change to the model shows here first.
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaultParams';
import { runScenario } from '../runScenario';

const lines = (count: number) =>
  runScenario('sockjs', defaultParams('sockjs')).transfers.slice(0, count).map((t) => `${t.sentAt.toFixed(0)} ${t.from}→${t.to} ${t.summary}`);

describe('golden timeline', () => {
  it('opens the default SockJS session with /info, then a WebSocket opened by "o"', () => {
    expect(lines(7)).toEqual([
      '0 client→server GET /info',
      '50 server→client 200 {"websocket":true,"origins":…',
      '100 client→server GET …/websocket · Upgrade',
      '151 server→client 101 Switching Protocols',
      '151 server→client WS o',
      '1500 client→server WS ["{\\"id\\":1000,\\"data\\":\\"…',
      '1550 server→client WS a["{\\"id\\":1000,\\"data\\":\\…',
    ]);
  });
});
