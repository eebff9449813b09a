import { describe, expect, it } from 'vitest';
import { parseTerminalCommand } from './parseTerminalCommand';

describe('parseTerminalCommand', () => {
  it('sends a line that is not a command as a text message, spaces and all', () => {
    expect(parseTerminalCommand('  hello there ')).toEqual({ kind: 'send', text: '  hello there ' });
  });

  it('sends a text starting with a slash when the line starts with two', () => {
    expect(parseTerminalCommand('//help')).toEqual({ kind: 'send', text: '/help' });
  });

  it('ignores a blank line', () => {
    expect(parseTerminalCommand('   ')).toEqual({ kind: 'empty' });
  });

  it('connects to the site’s echo server without a URL, and to a ws:// or wss:// URL', () => {
    expect(parseTerminalCommand('/connect')).toEqual({ kind: 'connect' });
    expect(parseTerminalCommand('/connect wss://echo.example/ws?x=1')).toEqual({ kind: 'connect', url: 'wss://echo.example/ws?x=1' });
  });

  it('refuses an http:// URL or one with a fragment, naming the problem', () => {
    expect(parseTerminalCommand('/connect http://a/')).toEqual({ kind: 'invalid', error: { code: 'badUrl', values: { url: 'http://a/', problem: 'scheme' } } });
    expect(parseTerminalCommand('/connect ws://a/#x')).toMatchObject({ error: { code: 'badUrl', values: { problem: 'fragment' } } });
  });

  it('pings with optional text', () => {
    expect(parseTerminalCommand('/ping')).toEqual({ kind: 'ping', text: '' });
    expect(parseTerminalCommand('/ping are you there')).toEqual({ kind: 'ping', text: 'are you there' });
  });

  it('reads /binary as hex with any spacing and 0x prefixes', () => {
    const command = parseTerminalCommand('/binary 0x01 02,ff');
    expect(command).toMatchObject({ kind: 'binary' });
    expect(command.kind === 'binary' && [...command.bytes]).toEqual([1, 2, 255]);
  });

  it('says where /binary’s hex goes wrong', () => {
    expect(parseTerminalCommand('/binary 01 zz')).toEqual({ kind: 'invalid', error: { code: 'badHexCharacter', values: { char: 'z', index: 3 } } });
    expect(parseTerminalCommand('/binary 012')).toMatchObject({ error: { code: 'oddHexDigits', values: { digits: 3 } } });
    expect(parseTerminalCommand('/binary')).toMatchObject({ error: { code: 'missingHex' } });
  });

  it('closes with a code and a reason that keeps its spaces', () => {
    expect(parseTerminalCommand('/close 1000 bye now')).toEqual({ kind: 'close', code: 1000, reason: 'bye now' });
    expect(parseTerminalCommand('/close')).toEqual({ kind: 'close', reason: '' });
  });

  it('refuses a close code that may not be sent, such as 1005 or 999', () => {
    expect(parseTerminalCommand('/close 1005')).toEqual({ kind: 'invalid', error: { code: 'badCloseCode', values: { code: '1005' } } });
    expect(parseTerminalCommand('/close 999')).toMatchObject({ error: { code: 'badCloseCode' } });
    expect(parseTerminalCommand('/close 10x0')).toMatchObject({ error: { code: 'badCloseCode' } });
  });

  it('asks for a code before a reason', () => {
    expect(parseTerminalCommand('/close bye')).toMatchObject({ error: { code: 'reasonWithoutCode' } });
  });

  it('refuses a reason longer than the 123 bytes a close frame can hold', () => {
    expect(parseTerminalCommand(`/close 1000 ${'é'.repeat(62)}`)).toEqual({ kind: 'invalid', error: { code: 'reasonTooLong', values: { bytes: 124, max: 123 } } });
  });

  it('switches hexdumps on and off, and refuses anything else', () => {
    expect(parseTerminalCommand('/hex on')).toEqual({ kind: 'hex', on: true });
    expect(parseTerminalCommand('/HEX Off')).toEqual({ kind: 'hex', on: false });
    expect(parseTerminalCommand('/hex maybe')).toMatchObject({ error: { code: 'badHexToggle', values: { value: 'maybe' } } });
  });

  it('knows /clear and /help, and names an unknown command', () => {
    expect(parseTerminalCommand('/clear')).toEqual({ kind: 'clear' });
    expect(parseTerminalCommand('/help')).toEqual({ kind: 'help' });
    expect(parseTerminalCommand('/pong x')).toEqual({ kind: 'invalid', error: { code: 'unknownCommand', values: { name: 'pong' } } });
  });

  it('never throws, whatever the line', () => {
    for (const line of ['/', '/ ', '/close  ', '/binary \u0000', '/connect \u{1f600}', '/\n\n']) expect(() => parseTerminalCommand(line)).not.toThrow();
  });
});
