/**
 * Two real socket.io nodes without sticky sessions: a session made on one node is unknown to the other,
 * and the other answers exactly what the simulator's second node answers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defaultParams, runScenario } from '../../../src/sim';
import { decodeUtf8 } from '../../../src/sim/bytes/utf8';
import { startRealtimeServer } from './startRealtimeServer';
import { request } from './realtimeClients';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** The simulator's answer to the second request of a session that landed on the other node. */
function simulatedRefusal(): { status: number; body: string } {
  const timeline = runScenario('socketio', { ...defaultParams('socketio'), fault: 'no-sticky' });
  const answer = timeline.transfers.find((t) => t.from === 'server-2' && t.kind === 'http-response')!;
  const [head, body] = decodeUtf8(answer.bytes).split('\r\n\r\n');
  return { status: Number(head!.split(' ')[1]), body: body! };
}

describe('two socket.io nodes behind a load balancer', () => {
  it('answers a poll for a session made on the other node as the simulator’s second node does: 400 Session ID unknown', async () => {
    const [a, b] = await Promise.all([startRealtimeServer({}), startRealtimeServer({})]);
    closers.push(a!.close, b!.close);
    const open = await request(`${a!.http}/socket.io/?EIO=4&transport=polling`);
    const sid = (JSON.parse(open.body.slice(1)) as { sid: string }).sid;
    const elsewhere = await request(`${b!.http}/socket.io/?EIO=4&transport=polling&sid=${sid}`, { method: 'POST', body: '40', headers: { 'Content-Type': 'text/plain;charset=UTF-8' } });
    expect({ status: elsewhere.status, body: elsewhere.body }).toEqual(simulatedRefusal());
    // With the request on the node that made the session (sticky), the same POST is accepted.
    const home = await request(`${a!.http}/socket.io/?EIO=4&transport=polling&sid=${sid}`, { method: 'POST', body: '40', headers: { 'Content-Type': 'text/plain;charset=UTF-8' } });
    expect({ status: home.status, body: home.body }).toEqual({ status: 200, body: 'ok' });
  });
});
