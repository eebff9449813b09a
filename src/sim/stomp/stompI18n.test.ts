// Every i18n key the STOMP codec emits has an English sentence, with the placeholders it is given.
import { describe, expect, it } from 'vitest';
import { stompFields } from '../../i18n/en/stompFields';
import { encodeUtf8 } from '../bytes/utf8';
import { CLIENT_COMMANDS, SERVER_COMMANDS } from './commands';
import { encodeStompFrame } from './encodeStompFrame';
import { HEARTBEAT_MEANING, KNOWN_HEADERS } from './fieldMeaning';
import { checkFrameHeaders } from './frameRules';
import { stompErrorReasons } from './stompError';
import { StompParser } from './stompParser';
import { wire } from './testBytes';

const placeholders = (sentence: string) => [...sentence.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

describe('STOMP i18n keys', () => {
  it('has a sentence for every command, header, EOL, body, NUL and heart-beat meaning', () => {
    const meanings = new Set<string>([HEARTBEAT_MEANING]);
    for (const command of [...CLIENT_COMMANDS, ...SERVER_COMMANDS]) {
      const headers = [...KNOWN_HEADERS, 'x-app', 'x-app'].map((name) => ({ name, value: 'v' }));
      for (const f of encodeStompFrame({ command, headers, body: encodeUtf8('b') }).fields) meanings.add(f.meaning);
    }
    expect(meanings.size).toBe(15 + KNOWN_HEADERS.length + 2 + 5);
    for (const m of meanings) expect(stompFields[m], m).toBeTypeOf('string');
  });

  it('explains every error with the placeholders its values fill', () => {
    for (const reason of stompErrorReasons) expect(stompFields[`stomperr.${reason}`], reason).toBeTypeOf('string');
    const inputs = ['HELLO\n', 'MESSAGE\n', 'SEND\nnocolon\n', 'SEND\nk:\\t\n', 'SEND\ncontent-length:x\n\n', `SEND\n${'a:b\n'.repeat(5)}`, `SEND\nk:${'v'.repeat(40)}\n`, `SEND\n\n${'x'.repeat(300)}`, 'SEND\n'];
    const errors = inputs.flatMap((input) => {
      const parser = new StompParser({ role: 'server', maxHeaders: 4, maxHeaderLineBytes: 32, maxFrameBytes: 256 });
      return [...parser.push(wire(input)), ...parser.end()].flatMap((e) => (e.kind === 'error' ? [e.error] : []));
    });
    errors.push(checkFrameHeaders({ command: 'SEND', headers: [], body: new Uint8Array(0) }, '1.2')!);
    errors.push(checkFrameHeaders({ command: 'SUBSCRIBE', headers: [{ name: 'destination', value: 'd' }, { name: 'id', value: '1' }, { name: 'ack', value: 'x' }], body: new Uint8Array(0) }, '1.2')!);
    expect(errors).toHaveLength(inputs.length + 2);
    for (const e of errors) {
      for (const name of placeholders(stompFields[e.messageKey]!)) expect(e.values, `${e.messageKey} needs {${name}}`).toHaveProperty(name);
    }
  });
});
