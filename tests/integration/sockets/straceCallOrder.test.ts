/**
 * The simulator tells the truth about the calls: the C echo server and client, run under strace, make their socket
 * calls in the order the sockets scenario shows for the same exchange ("hello\n" sent, echoed, then both close).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedSocketCalls } from './support/expectedSocketCalls';
import { buildC, exampleCommand, freeLoopbackPort, requireTools, runClient, scratchDirectory, startServer, type Command, type RunningServer } from './support/socketExamples';
import { straceSocketCalls } from './support/straceSocketCalls';

const MESSAGE = 'hello\n';
const MS = 15_000;

/** `command` under strace, following forks, writing the network calls and closes to `output`. */
function traced(command: Command, output: string): Command {
  return { file: 'strace', args: ['-f', '-e', 'trace=%network,close', '-o', output, command.file, ...command.args] };
}

let dir = '';
let server: RunningServer | undefined;
let clientOutput = '';

beforeAll(async () => {
  requireTools(['gcc', 'strace']);
  dir = scratchDirectory();
  await buildC(dir);
  const port = await freeLoopbackPort();
  server = await startServer(traced(exampleCommand('c', 'server', dir, [String(port), '1']), join(dir, 'server.trace')), MS);
  const client = await runClient(traced(exampleCommand('c', 'client', dir, ['127.0.0.1', String(port), MESSAGE]), join(dir, 'client.trace')), new Uint8Array(), MS);
  if (client.code !== 0) throw new Error(`the traced client failed (code ${client.code}):\n${client.stderr}`);
  clientOutput = client.stdout.toString('utf8');
  const exit = await Promise.race([server.exited, new Promise<'running'>((done) => setTimeout(() => done('running'), MS))]);
  if (exit === 'running' || exit.code !== 0) throw new Error(`the traced server did not exit 0 after one connection:\n${server.stderr()}`);
}, 3 * MS);

afterAll(async () => {
  await server?.stop();
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('the C echo programs under strace', () => {
  it('echo the message', () => {
    expect(clientOutput).toBe(MESSAGE);
  });

  it("make the client's socket calls in the simulator's order", () => {
    expect(straceSocketCalls(readFileSync(join(dir, 'client.trace'), 'utf8'))).toEqual(expectedSocketCalls('client'));
  });

  it("make the server's socket calls in the simulator's order", () => {
    expect(straceSocketCalls(readFileSync(join(dir, 'server.trace'), 'utf8'))).toEqual(expectedSocketCalls('server'));
  });
});
