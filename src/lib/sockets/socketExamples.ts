/**
 * The example programs of examples/sockets/, read at build time (Vite `?raw`) with their `@call` markers
 * read and stripped. Imported by the page's frontmatter only: the text reaches the browser as the code
 * panel's props in the HTML, not as JavaScript.
 */
import { CODE_LANGUAGES, EXAMPLE_FILES, type CodeLanguage } from './codeLanguages';
import { exampleCallLines, type SocketCall } from './exampleCallLines';
import cClient from '../../../examples/sockets/c/client.c?raw';
import cServer from '../../../examples/sockets/c/server.c?raw';
import pythonClient from '../../../examples/sockets/python/client.py?raw';
import pythonServer from '../../../examples/sockets/python/server.py?raw';
import javaClient from '../../../examples/sockets/java/Client.java?raw';
import javaServer from '../../../examples/sockets/java/Server.java?raw';
import nodeClient from '../../../examples/sockets/node/client.mjs?raw';
import nodeServer from '../../../examples/sockets/node/server.mjs?raw';

/** One program as the panel shows it. */
export interface ExampleFile {
  /** Path under examples/sockets/. */
  readonly file: string;
  /** The code without its markers. */
  readonly code: string;
  /** 1-based lines making each call. */
  readonly lines: Readonly<Record<SocketCall, readonly number[]>>;
}

/** A language's client and server. */
export interface SocketExample {
  readonly language: CodeLanguage;
  readonly name: string;
  readonly client: ExampleFile;
  readonly server: ExampleFile;
}

const SOURCES: Readonly<Record<CodeLanguage, { readonly client: string; readonly server: string }>> = {
  c: { client: cClient, server: cServer },
  python: { client: pythonClient, server: pythonServer },
  java: { client: javaClient, server: javaServer },
  node: { client: nodeClient, server: nodeServer },
};

function exampleFile(file: string, text: string): ExampleFile {
  const read = exampleCallLines(text);
  // A bad marker is a bug in the repository's examples: fail the build rather than show a wrong line.
  if (!read.ok) throw new Error(`examples/sockets/${file}:${read.error.line}: ${read.error.code} ${read.error.name}`);
  return { file, code: read.code.replace(/\n$/, ''), lines: read.lines };
}

/** Every language's client and server, in tab order. */
export function socketExamples(): SocketExample[] {
  return CODE_LANGUAGES.map((language) => ({
    language,
    name: EXAMPLE_FILES[language].name,
    client: exampleFile(EXAMPLE_FILES[language].client, SOURCES[language].client),
    server: exampleFile(EXAMPLE_FILES[language].server, SOURCES[language].server),
  }));
}
