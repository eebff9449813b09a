/** The sockets widget's knobs as the sockets scenario's parameters (apart from toScenarioParams: only the sockets widget ships it). */
import { defaultParams, type Framing, type SocketsFault, type SocketsParams } from '../sim';
import type { Knobs } from './knobs';

/** The messages the sockets widget's client sends: the examples' "hello", then more words for recv() to join or split. */
export const SOCKET_MESSAGES = ['hello', 'how are you?', 'fine', 'bye for now', 'ok', 'see you'] as const;

/** Scenario parameters for the sockets widget's knobs, over the scenario's defaults. */
export function socketsParamsOf(knobs: Knobs): SocketsParams {
  const sockets = defaultParams('sockets');
  return {
    ...sockets,
    seed: knobs.seed,
    network: { ...sockets.network, latencyMs: knobs.latencyMs, jitterMs: knobs.jitterMs },
    messages: SOCKET_MESSAGES.slice(0, knobs.messageCount),
    framing: knobs.framing as Framing,
    mss: knobs.mss,
    recvBytes: knobs.recvBytes,
    halfClose: knobs.halfClose === 'on',
    closeBy: knobs.closeBy === 'server' ? 'server' : 'client',
    mslMs: knobs.mslMs,
    fault: knobs.socketFault as SocketsFault,
  };
}
