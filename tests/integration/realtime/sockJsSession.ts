/**
 * The scripted SockJS session the transcript tests run twice: on the real
 * sockjs-client against the project's real sockjs-node echo service
 * (recorded on the wire), and in the simulator with the same options. Each
 * step waits for the previous one's answer.
 */
import { defaultParams, type SockJsFault, type SockJsParams } from '../../../src/sim';
import { eventPayload } from '../../../src/sim/events/eventPayload';
import { within } from '../support/within';
import { SockJS } from './realtimeClients';

/** The payload size of the script's messages. */
export const SOCKJS_SCRIPT_BYTES = 40;

/** The simulator's parameters for the script: a message at 1 s and at 2 s (each echoed), close at 3 s. */
export function sockJsScriptParams(fault: SockJsFault): SockJsParams {
  return { ...defaultParams('sockjs'), fault, payloadBytes: SOCKJS_SCRIPT_BYTES, events: { kind: 'list', times: [] }, clientMessages: [1000, 2000], durationMs: 3000 };
}

/** Runs the script on the real client against the echo service at `http`. */
export async function runRealSockJsScript(http: string, blocked: boolean): Promise<string> {
  const sock = new SockJS(`${http}/sockjs/echo${blocked ? '?block=websocket' : ''}`);
  const received: string[] = [];
  let next: (() => void) | undefined;
  sock.onmessage = (e: { data: string }) => {
    received.push(e.data);
    next?.();
  };
  await within(new Promise<void>((resolve) => { sock.onopen = () => resolve(); }), 3000, 'the SockJS session');
  for (const id of [1000, 1001]) {
    const echoed = new Promise<void>((resolve) => { next = resolve; });
    sock.send(eventPayload(id, SOCKJS_SCRIPT_BYTES));
    await within(echoed, 3000, `the echo of message ${id}`);
  }
  const transport = (sock as unknown as { transport: string }).transport;
  sock.close();
  await new Promise((r) => setTimeout(r, 300));
  return transport;
}
