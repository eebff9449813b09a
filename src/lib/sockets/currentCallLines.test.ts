import { describe, expect, it } from 'vitest';
import { defaultParams, runScenario } from '../../sim';
import { currentCallLines } from './currentCallLines';
import { socketExamples } from './socketExamples';

const timeline = runScenario('sockets', defaultParams('sockets'));
const [c, python] = socketExamples();
const linesOf = (example: typeof c) => ({ client: example!.client.lines, server: example!.server.lines });
const stepOf = (actor: string, call: string, phase: 'enter' | 'return', nth = 0) =>
  timeline.steps.map((s, i) => [s, i] as const).filter(([s]) => s.kind === 'syscall' && s.actor === actor && s.call === call && s.phase === phase)[nth]![1];
const codeLine = (code: string, line: number) => code.split('\n')[line - 1]!;

describe('currentCallLines', () => {
  it('puts the server on its accept() line while accept blocks, and the client on connect() as it returns', () => {
    const at = currentCallLines(timeline, stepOf('client', 'connect', 'return'), linesOf(c));
    expect(at.client).toMatchObject({ call: 'connect', current: true });
    expect(codeLine(c!.client.code, at.client!.line)).toContain('connect(');
    expect(at.server).toMatchObject({ call: 'accept', current: false });
    expect(codeLine(c!.server.code, at.server!.line)).toContain('accept(');
  });

  it('has no line for a program before its first call', () => {
    expect(currentCallLines(timeline, 0, linesOf(c)).client).toBeNull();
    expect(currentCallLines(timeline, -1, linesOf(c))).toEqual({ client: null, server: null });
  });

  it('shows the connection’s close() first and the listening socket’s close() last', () => {
    const connection = currentCallLines(timeline, stepOf('server', 'close', 'return', 0), linesOf(python)).server!;
    const listener = currentCallLines(timeline, stepOf('server', 'close', 'return', 1), linesOf(python)).server!;
    expect(codeLine(python!.server.code, connection.line)).toContain('conn.close()');
    expect(codeLine(python!.server.code, listener.line)).toContain('listener.close()');
  });

  it('has no line for shutdown(), which the examples do not call', () => {
    const halfClosed = runScenario('sockets', { ...defaultParams('sockets'), halfClose: true });
    const index = halfClosed.steps.findIndex((s) => s.kind === 'syscall' && s.call === 'shutdown');
    expect(currentCallLines(halfClosed, index, linesOf(c)).client).toBeNull();
  });
});
