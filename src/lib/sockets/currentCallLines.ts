/**
 * Where each program is in its source at a step of the sockets timeline: the line of the last call the
 * client and the server made (or are blocked in), from the examples' `@call` markers.
 */
import type { Step, SyscallStep, Timeline } from '../../sim/timeline/types';
import type { SocketCall } from './exampleCallLines';

/** The line a program is at. */
export interface CallLine {
  /** 1-based line in the example file. */
  readonly line: number;
  readonly call: SocketCall;
  /** The current step is this call (entering or returning), not an earlier one. */
  readonly current: boolean;
}

/** Each side's line, or null before its first call or for a call its example does not make (shutdown). */
export interface CurrentCallLines {
  readonly client: CallLine | null;
  readonly server: CallLine | null;
}

type Lines = Readonly<Record<SocketCall, readonly number[]>>;
const isSyscall = (step: Step): step is SyscallStep => step.kind === 'syscall';
const SIDES = ['client', 'server'] as const;

/** The lines of `client` and `server` for the timeline's step `stepIndex` (-1: before the first step). */
export function currentCallLines(timeline: Timeline, stepIndex: number, lines: { readonly client: Lines; readonly server: Lines }): CurrentCallLines {
  const result: { client: CallLine | null; server: CallLine | null } = { client: null, server: null };
  for (const side of SIDES) {
    const mine = timeline.steps.slice(0, Math.max(0, stepIndex + 1)).filter(isSyscall).filter((step) => step.actor === side);
    const last = mine.at(-1);
    if (!last) continue;
    const line = lineOf(last, mine, lines[side]);
    if (line !== undefined) result[side] = { line, call: last.call, current: timeline.steps[stepIndex] === last };
  }
  return result;
}

/**
 * Which of a call's marked lines made it. A program closes its connection before its listening socket,
 * so close() on the socket that listen() was called on is the last close line, any other the first;
 * other calls take their marked lines in order (a loop's one line serves every round).
 */
function lineOf(step: SyscallStep, history: readonly SyscallStep[], lines: Lines): number | undefined {
  const marked = lines[step.call];
  if (marked.length === 0) return undefined;
  if (step.call === 'close') {
    const listening = history.some((s) => s.call === 'listen' && s.fd === step.fd);
    return listening ? marked.at(-1) : marked[0];
  }
  const earlier = history.filter((s) => s.call === step.call && s.phase === step.phase && s !== step).length;
  return marked[Math.min(earlier, marked.length - 1)];
}
