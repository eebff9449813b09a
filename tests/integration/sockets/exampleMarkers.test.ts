/** Every socket example carries a valid `@call` marker on the lines the code panel highlights (examples/sockets/README.md). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exampleCallLines, type SocketCall } from '../../../src/lib/sockets/exampleCallLines';

const FILES = {
  server: ['c/server.c', 'python/server.py', 'java/Server.java', 'node/server.mjs'],
  client: ['c/client.c', 'python/client.py', 'java/Client.java', 'node/client.mjs'],
} as const;

/** The calls of the echo exchange each role makes. */
const CALLS: Record<keyof typeof FILES, readonly SocketCall[]> = {
  server: ['socket', 'bind', 'listen', 'accept', 'recv', 'send', 'close'],
  client: ['socket', 'connect', 'send', 'recv', 'close'],
};

const read = (path: string): string => readFileSync(fileURLToPath(new URL(`../../../examples/sockets/${path}`, import.meta.url)), 'utf8');

describe.each(Object.keys(FILES) as (keyof typeof FILES)[])('each %s example', (role) => {
  it.each(FILES[role])(`%s marks every call a ${role} makes, and only socket calls`, (path) => {
    const result = exampleCallLines(read(path));
    if (!result.ok) throw new Error(`${path}:${result.error.line}: ${result.error.code} "${result.error.name}"`);
    const marked = Object.entries(result.lines).filter(([, lines]) => lines.length > 0).map(([call]) => call);
    expect(marked.sort()).toEqual([...CALLS[role]].sort());
  });

  it.each(FILES[role])('%s shows no marker once they are stripped', (path) => {
    const result = exampleCallLines(read(path));
    expect(result.ok && result.code).not.toContain('@call');
  });
});
