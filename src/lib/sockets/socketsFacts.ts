/**
 * Every figure the sockets lesson quotes, computed at build time from the simulator: the widget's own
 * runs (so a reader who turns the same knobs sees the same numbers) and the scenario's defaults.
 */
import { defaultParams, LENGTH_PREFIX_BYTES, runSockets, socketCallOrder, TCP_HEADER_BYTES, type Step, type SyscallStep, type Timeline } from '../../sim';
import { defaultKnobs, type Knobs } from '../../widgets/knobs';
import { socketsParamsOf } from '../../widgets/socketsParamsOf';

const run = (knobs: Partial<Knobs> = {}): Timeline => runSockets(socketsParamsOf({ ...defaultKnobs(), ...knobs }));
const isCall = (step: Step): step is SyscallStep => step.kind === 'syscall';
const returns = (tl: Timeline, actor: string, call: string) => tl.steps.filter(isCall).filter((s) => s.actor === actor && s.call === call && s.phase === 'return');
const firstReturn = (tl: Timeline, actor: string, call: string) => returns(tl, actor, call)[0]!;
const enters = (tl: Timeline, actor: string, call: string) => tl.steps.filter(isCall).find((s) => s.actor === actor && s.call === call && s.phase === 'enter')!;
const errnos = (tl: Timeline) => tl.steps.filter(isCall).flatMap((s) => (typeof s.result === 'string' ? [{ call: s.call, errno: s.result }] : []));

/** The figures of the default exchange (the examples' "hello" echo). */
export function exchangeFacts() {
  const tl = run();
  const params = socketsParamsOf(defaultKnobs());
  const listening = firstReturn(tl, 'server', 'socket').result as number;
  const accepted = firstReturn(tl, 'server', 'accept').result as number;
  const connectEnter = enters(tl, 'client', 'connect');
  const connectReturn = firstReturn(tl, 'client', 'connect');
  const sent = firstReturn(tl, 'client', 'send');
  const dataSegment = tl.transfers.find((t) => t.payloadBytes > 0)!;
  const handshake = tl.transfers.slice(0, 3).map((t) => t.summary);
  return {
    port: params.port,
    backlog: params.backlog,
    listeningFd: listening,
    acceptedFd: accepted,
    latencyMs: params.network.latencyMs,
    connectMs: connectReturn.time - connectEnter.time,
    handshake,
    sendBytes: sent.result as number,
    segmentBytes: dataSegment.bytes.length,
    headerBytes: TCP_HEADER_BYTES,
    segments: tl.transfers.length,
    wireBytes: tl.transfers.reduce((sum, t) => sum + t.bytes.length, 0),
    stepCount: tl.steps.length,
    mss: params.mss,
    recvBytes: params.recvBytes,
  };
}

/** recv() joining sends and cutting them: three messages without framing, then a small recv buffer. */
export function streamFacts() {
  const messages = 3;
  const joined = run({ messageCount: messages, framing: 'none' });
  const serverRecvs = returns(joined, 'server', 'recv').filter((s) => (s.result as number) > 0);
  const clientSends = returns(joined, 'client', 'send');
  const smallBuffer = 4;
  const cut = run({ recvBytes: smallBuffer });
  const cutRecvs = returns(cut, 'server', 'recv').filter((s) => (s.result as number) > 0);
  const tinyMss = 3;
  const segmented = run({ mss: tinyMss });
  return {
    messages,
    sends: clientSends.map((s) => s.result as number),
    recvs: serverRecvs.map((s) => ({ bytes: s.result as number, data: s.data ?? '' })),
    smallBuffer,
    cutRecvs: cutRecvs.map((s) => ({ bytes: s.result as number, data: s.data ?? '' })),
    tinyMss,
    tinyMssSegments: segmented.transfers.filter((t) => t.from === 'client' && t.payloadBytes > 0).length,
    lengthPrefixBytes: LENGTH_PREFIX_BYTES,
  };
}

/** Closing: TIME-WAIT as Linux has it, the widget's shorter one, half-close and who waits. */
export function closeFacts() {
  const linuxMsl = defaultParams('sockets').mslMs;
  const widgetMsl = defaultKnobs().mslMs;
  const half = run({ halfClose: 'on' });
  const halfCalls = half.steps.filter(isCall).filter((s) => s.actor === 'client' && s.phase === 'return').map((s) => s.call);
  const byServer = run({ closeBy: 'server' });
  const timeWaiter = (tl: Timeline) => tl.steps.find((s) => s.kind === 'tcp-state' && s.state === 'TIME-WAIT')!.actor;
  return {
    timeWaitS: (2 * linuxMsl) / 1000,
    mslS: linuxMsl / 1000,
    widgetTimeWaitMs: 2 * widgetMsl,
    halfCloseCalls: halfCalls,
    clientCloseWaiter: timeWaiter(run()),
    serverCloseWaiter: timeWaiter(byServer),
  };
}

/** The three faults: what goes on the wire and what the calls return. */
export function faultFacts() {
  const refused = run({ socketFault: 'refused' });
  const backlog = run({ socketFault: 'backlog-full' });
  const reset = run({ socketFault: 'reset', messageCount: 3 });
  const dropped = backlog.steps.find((s) => s.kind === 'tcp-state' && s.note === 'syn-dropped')!;
  const syns = backlog.transfers.filter((t) => t.from === 'client' && t.summary.startsWith('SYN'));
  return {
    refusedSegment: refused.transfers.find((t) => t.from === 'server')!.summary,
    refusedErrno: errnos(refused)[0]!.errno,
    refusedPort: socketsParamsOf(defaultKnobs()).port + 1,
    // The queue's size is in the drop's caption ("the listen queue of socket 3 is full (1)").
    backlogQueue: Number(dropped.caption.values?.backlog),
    retransmitMs: syns[1]!.sentAt - syns[0]!.sentAt,
    resetSegment: reset.transfers.find((t) => t.summary.startsWith('RST'))!.summary,
    resetErrors: errnos(reset),
  };
}

/** The order of each program's calls in the default exchange (what strace shows, plus close). */
export function callOrderFacts() {
  const tl = run();
  return { client: socketCallOrder(tl, 'client'), server: socketCallOrder(tl, 'server') };
}
