/** The languages the sockets lesson's code panel shows, in tab order, with their example files (examples/sockets/). */
export const CODE_LANGUAGES = ['c', 'python', 'java', 'node'] as const;

/** One of the code panel's languages. */
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

/** The tab's name and the two files of each language, relative to examples/sockets/. */
export const EXAMPLE_FILES: Readonly<Record<CodeLanguage, { readonly name: string; readonly client: string; readonly server: string }>> = {
  c: { name: 'C', client: 'c/client.c', server: 'c/server.c' },
  python: { name: 'Python', client: 'python/client.py', server: 'python/server.py' },
  java: { name: 'Java', client: 'java/Client.java', server: 'java/Server.java' },
  node: { name: 'Node', client: 'node/client.mjs', server: 'node/server.mjs' },
};

/** True when `value` names one of the panel's languages. */
export function isCodeLanguage(value: string): value is CodeLanguage {
  return (CODE_LANGUAGES as readonly string[]).includes(value);
}
