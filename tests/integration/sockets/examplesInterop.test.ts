/**
 * The socket examples are real: every client (C, Python, Java, Node) gets its bytes back from every server, on loopback.
 * Each server is started once, serves exactly the connections this file makes, and must then exit 0 by itself.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXAMPLE_LANGUAGES,
  buildC,
  buildJava,
  exampleCommand,
  freeLoopbackPort,
  requireTools,
  runClient,
  scratchDirectory,
  startServer,
  type ExampleLanguage,
  type RunningServer,
} from './support/socketExamples';
import { startTrickleEchoServer, type TrickleEchoServer } from './support/trickleEchoServer';

/** Sent as an argument. */
const SHORT = 'hello\n';
/** Sent on standard input: 27 KB with multi-byte UTF-8, so it takes several segments and, usually, several recv()s. */
const LONG = Buffer.from(
  Array.from({ length: 1500 }, (_, i) => `${String(i).padStart(4, '0')} 소켓 bytes\n`).join(''),
  'utf8',
);
/** Each server serves this many connections: two per client language. */
const CONNECTIONS_PER_SERVER = EXAMPLE_LANGUAGES.length * 2;

// A JVM starting from source under a loaded CI machine is the slowest step.
const START_MS = 30_000;
const CLIENT_MS = 15_000;

/** Sent to the trickle server, which echoes it 3 bytes at a time. */
const TRICKLED = 'TCP keeps no message boundaries\n';

let dir = '';
let trickle: TrickleEchoServer | undefined;
const servers = new Map<ExampleLanguage, { server: RunningServer; port: number }>();

beforeAll(async () => {
  requireTools(['gcc', 'python3', 'java', 'javac']);
  dir = scratchDirectory();
  await Promise.all([buildC(dir), buildJava(dir)]);
  trickle = await startTrickleEchoServer(3, 15);
  await Promise.all(
    EXAMPLE_LANGUAGES.map(async (language) => {
      const port = await freeLoopbackPort();
      const command = exampleCommand(language, 'server', dir, [String(port), String(CONNECTIONS_PER_SERVER)]);
      servers.set(language, { server: await startServer(command, START_MS), port });
    }),
  );
}, 2 * START_MS);

afterAll(async () => {
  await Promise.all([...servers.values()].map(({ server }) => server.stop()));
  await trickle?.close();
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

/** [client, server] for every pair. */
const PAIRS = EXAMPLE_LANGUAGES.flatMap((server) => EXAMPLE_LANGUAGES.map((client): [ExampleLanguage, ExampleLanguage] => [client, server]));

// Clients run a few at a time (vitest's maxConcurrency); the C, Python and Java servers queue them in their backlog.
describe.concurrent('every client against every server', () => {
  it.each(PAIRS)('the %s client gets a message given as an argument back from the %s server', async (client, server) => {
    const { port } = servers.get(server)!;
    const command = exampleCommand(client, 'client', dir, ['127.0.0.1', String(port), SHORT]);
    const run = await runClient(command, new Uint8Array(), CLIENT_MS);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.toString('utf8')).toBe(SHORT);
  }, CLIENT_MS);

  it.each(PAIRS)(`the %s client gets ${LONG.length} bytes read from standard input back from the %s server`, async (client, server) => {
    const { port } = servers.get(server)!;
    const command = exampleCommand(client, 'client', dir, ['127.0.0.1', String(port)]);
    const run = await runClient(command, LONG, CLIENT_MS);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.equals(LONG)).toBe(true);
  }, CLIENT_MS);
});

// TCP is a byte stream: one recv() returns what has arrived, so a client must loop until it has every byte back.
describe.concurrent('every client against a server that echoes 3 bytes at a time', () => {
  it.each(EXAMPLE_LANGUAGES)('the %s client keeps calling recv until the whole message is back', async (client) => {
    const command = exampleCommand(client, 'client', dir, ['127.0.0.1', String(trickle!.port), TRICKLED]);
    const run = await runClient(command, new Uint8Array(), CLIENT_MS);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.toString('utf8')).toBe(TRICKLED);
  }, CLIENT_MS);
});

// Runs after the suites above has finished: each server has then had all its connections.
describe('every server', () => {
  it.each(EXAMPLE_LANGUAGES)(`the %s server exits 0 by itself after serving its ${CONNECTIONS_PER_SERVER} connections`, async (language) => {
    const { server } = servers.get(language)!;
    const exit = await Promise.race([server.exited, new Promise<'running'>((done) => setTimeout(() => done('running'), 5_000))]);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(server.stderr()).toBe('');
  }, 10_000);
});
