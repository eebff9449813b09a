// The default Socket.IO session (seed 1), one line per message: an unintended change to the model shows here first.
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaultParams';
import { runScenario } from '../runScenario';

const lines = (count: number) =>
  runScenario('socketio', defaultParams('socketio')).transfers.slice(0, count).map((t) => `${t.sentAt.toFixed(0)} ${t.from}→${t.to} ${t.summary}`);

describe('golden timelines', () => {
  it('opens the default Socket.IO session on polling, upgrades in one probe round trip, then talks in frames', () => {
    expect(lines(18)).toEqual([
      '0 client→server GET polling (handshake)',
      '50 server→client 200 0{"sid":"Jl6_CtdJAU7V8Dm…',
      '100 client→server POST 40',
      '100 client→server GET websocket&sid · Upgrade',
      '100 client→server GET polling',
      '151 server→client 101 Switching Protocols',
      '151 server→client 200 ok',
      '151 server→client 200 40{"sid":"wbN3a9UWYtinGz…',
      '201 client→server WS 2probe',
      '201 client→server GET polling',
      '251 server→client WS 3probe',
      '351 server→client 200 6',
      '401 client→server WS 5',
      '1500 client→server WS 420["echo",{"id":1000,"d…',
      '1550 server→client WS 430[{"id":1000,"data":"a…',
      '2000 server→client WS 420["tick",{"id":0,"data…',
      '2050 client→server WS 430[]',
      '4050 server→client WS 2',
    ]);
  });
});
