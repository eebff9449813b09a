/**
 * Reads the `@call` markers of a socket example (examples/sockets/): which line makes which socket call,
 * and the code with the markers taken out, for the page's code panel.
 */

/** The socket calls a marker may name, in the order a connection's life usually meets them. */
export const SOCKET_CALLS = ['socket', 'bind', 'listen', 'accept', 'connect', 'send', 'recv', 'shutdown', 'close'] as const;

/** One socket call name. */
export type SocketCall = (typeof SOCKET_CALLS)[number];

/** The marked lines of an example, or the first bad marker. */
export type ExampleCallLines =
  | {
      readonly ok: true;
      /** The example without its markers (and without the spaces before them), line for line. */
      readonly code: string;
      /** 1-based line numbers of the lines that make each call, in source order. */
      readonly lines: Readonly<Record<SocketCall, readonly number[]>>;
    }
  | { readonly ok: false; readonly error: ExampleMarkerError };

/** A marker that names no call, or a name that is not a socket call. */
export interface ExampleMarkerError {
  readonly code: 'UNKNOWN_CALL' | 'EMPTY_MARKER';
  /** 1-based line of the marker. */
  readonly line: number;
  /** The unknown name ('' for an empty marker). */
  readonly name: string;
}

// C, Java and Node: `/* @call connect */`, anywhere after the code on the line (a `//` comment may follow it).
const BLOCK_MARKER = /[ \t]*\/\*[ \t]*@call\b([^*]*)\*\//;
// Python: `# @call connect`, which ends the line.
const HASH_MARKER = /[ \t]*#[ \t]*@call\b(.*)$/;

const isSocketCall = (name: string): name is SocketCall => (SOCKET_CALLS as readonly string[]).includes(name);

/** Finds each `@call` marker of an example's text; never throws. */
export function exampleCallLines(text: string): ExampleCallLines {
  const lines = Object.fromEntries(SOCKET_CALLS.map((call) => [call, [] as number[]])) as Record<SocketCall, number[]>;
  const code: string[] = [];
  const sourceLines = text.split('\n');
  for (const [index, line] of sourceLines.entries()) {
    const match = BLOCK_MARKER.exec(line) ?? HASH_MARKER.exec(line);
    if (match === null) {
      code.push(line);
      continue;
    }
    const names = (match[1] ?? '').trim().split(/\s+/).filter((name) => name !== '');
    if (names.length === 0) return { ok: false, error: { code: 'EMPTY_MARKER', line: index + 1, name: '' } };
    for (const name of names) {
      if (!isSocketCall(name)) return { ok: false, error: { code: 'UNKNOWN_CALL', line: index + 1, name } };
      lines[name].push(index + 1);
    }
    code.push(line.slice(0, match.index) + line.slice(match.index + match[0].length).replace(/^[ \t]+$/, ''));
  }
  return { ok: true, code: code.join('\n'), lines };
}
