/** Builds and runs the socket examples (examples/sockets/) as real processes on loopback, for the integration tests. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The languages the examples are written in. */
export const EXAMPLE_LANGUAGES = ['c', 'python', 'java', 'node'] as const;

/** One example language. */
export type ExampleLanguage = (typeof EXAMPLE_LANGUAGES)[number];

/** A program and its arguments. */
export interface Command {
  readonly file: string;
  readonly args: readonly string[];
}

/** Where each tool comes from on a fresh Debian machine (`.ci/run` installs them). */
const TOOL_PACKAGES: Readonly<Record<string, string>> = {
  gcc: 'gcc (Debian: build-essential)',
  python3: 'python3',
  java: 'default-jdk-headless',
  javac: 'default-jdk-headless',
  strace: 'strace',
};

/** Throws one clear error naming every tool missing from PATH (a missing toolchain fails the test; it never skips it). */
export function requireTools(tools: readonly string[]): void {
  const missing = tools.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
  if (missing.length === 0) return;
  const hints = missing.map((tool) => `${tool} (${TOOL_PACKAGES[tool] ?? tool})`).join(', ');
  throw new Error(`The socket examples need tools missing from PATH: ${hints}. On Debian, \`bash .ci/run\` installs them.`);
}

const EXAMPLES = fileURLToPath(new URL('../../../../examples/sockets', import.meta.url));

/** A temporary directory for built programs and traces. */
export function scratchDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'socket-lab-examples-'));
}

/** Runs a build step, throwing its own error output if it fails. */
function build(file: string, args: readonly string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`${file} ${args.join(' ')} failed:\n${errors}`))));
  });
}

/** Compiles the C server and client into `dir` with warnings as errors. */
export async function buildC(dir: string): Promise<void> {
  const flags = ['-Wall', '-Wextra', '-Werror', '-O1'];
  await Promise.all(
    ['server', 'client'].map((name) => build('gcc', [...flags, '-o', join(dir, name), join(EXAMPLES, 'c', `${name}.c`)])),
  );
}

/** Compiles the Java server and client into `dir` (one javac run: a JVM start is the slow part). */
export function buildJava(dir: string): Promise<void> {
  return build('javac', ['-d', dir, join(EXAMPLES, 'java', 'Server.java'), join(EXAMPLES, 'java', 'Client.java')]);
}

/**
 * How to run one example program with `args`. C and Java run from `dir` (built there); the Java server runs from its
 * source file (`java Server.java`, the JDK's single-file launch the README shows), the Java client from javac's classes.
 */
export function exampleCommand(language: ExampleLanguage, role: 'server' | 'client', dir: string, args: readonly string[]): Command {
  switch (language) {
    case 'c':
      return { file: join(dir, role), args };
    case 'python':
      return { file: 'python3', args: [join(EXAMPLES, 'python', `${role}.py`), ...args] };
    case 'java':
      return role === 'server'
        ? { file: 'java', args: [join(EXAMPLES, 'java', 'Server.java'), ...args] }
        : { file: 'java', args: ['-cp', dir, 'Client', ...args] };
    case 'node':
      return { file: process.execPath, args: [join(EXAMPLES, 'node', `${role}.mjs`), ...args] };
  }
}

/** A free TCP port on 127.0.0.1 (asked of the kernel, then released for the example to bind). */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/** How a process ended. */
export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** A running example server. */
export interface RunningServer {
  readonly child: ChildProcess;
  /** Settles when the process has ended. */
  readonly exited: Promise<Exit>;
  /** Everything it wrote to stderr so far. */
  stderr(): string;
  /** Ends it (SIGTERM) if it is still running, and waits for that. */
  stop(): Promise<Exit>;
}

/** Starts a server and resolves once it printed its "listening on" line; rejects (with its stderr) if it ends or takes longer than `ms`. */
export function startServer(command: Command, ms: number): Promise<RunningServer> {
  const child = spawn(command.file, command.args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<Exit>((done) => child.on('exit', (code, signal) => done({ code, signal })));
  const server: RunningServer = {
    child,
    exited,
    stderr: () => errors,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      void server.stop();
      fail(new Error(`${command.file} ${command.args.join(' ')} did not say "listening on" within ${ms} ms; stderr:\n${errors}`));
    }, ms);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('listening on')) {
        clearTimeout(timer);
        done(server);
      }
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      fail(new Error(`${command.file} ${command.args.join(' ')} ended (code ${code}, signal ${signal}) before listening; stderr:\n${errors}`));
    });
  });
}

/** What a finished client printed. */
export interface ClientRun extends Exit {
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** Runs a client to the end with `stdin` as its standard input; kills it and rejects after `ms`. */
export function runClient(command: Command, stdin: Uint8Array, ms: number): Promise<ClientRun> {
  return new Promise((done, fail) => {
    const child = spawn(command.file, command.args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`${command.file} ${command.args.join(' ')} did not finish within ${ms} ms; stderr:\n${errors}`));
    }, ms);
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout: Buffer.concat(out), stderr: errors });
    });
    child.stdin.on('error', () => {}); // a client that exits without reading stdin closes the pipe early
    child.stdin.end(stdin);
  });
}
