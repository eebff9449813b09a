import { describe, expect, it } from 'vitest';
import '../i18n/sockets';
import { defaultParams, runScenario } from '../sim';
import { narrateStep } from './narrateStep';

const actors = [
  { id: 'client', role: 'client' },
  { id: 'server', role: 'server' },
] as const;

describe('narrateStep', () => {
  it('names actors as the diagram does', () => {
    const text = narrateStep({ key: 'step.send', values: { from: 'client', to: 'server', summary: 'GET /poll', bytes: 308 } }, actors);
    expect(text).toBe('Client sends GET /poll — 308 bytes');
  });

  it('translates timer ids', () => {
    const text = narrateStep({ key: 'step.timer', values: { actor: 'server', timer: 'hold-timeout', ms: 3000 } }, actors);
    expect(text).toBe("Server: the hold time-out fires after 3000 ms");
  });

  it('numbers actors when a role repeats', () => {
    const two = [...actors, { id: 'client-2', role: 'client' }] as const;
    expect(narrateStep({ key: 'step.arrive', values: { to: 'client-2', summary: '204 No Content', bytes: 120 } }, two)).toBe(
      '204 No Content reaches Client 2 — 120 bytes',
    );
  });

  it('narrates the sockets lesson’s system calls and socket states from their steps', () => {
    const timeline = runScenario('sockets', defaultParams('sockets'));
    const accept = timeline.steps.find((s) => s.kind === 'syscall' && s.call === 'accept' && s.phase === 'return')!;
    expect(narrateStep(accept.caption, timeline.actors)).toBe('Server: accept(3) returns 4: a new socket for this one connection; socket 3 keeps listening');
    const timeWait = timeline.steps.find((s) => s.kind === 'tcp-state' && s.state === 'TIME-WAIT')!;
    expect(narrateStep(timeWait.caption, timeline.actors)).toBe('Client: socket 3 is now TIME-WAIT');
  });
});
