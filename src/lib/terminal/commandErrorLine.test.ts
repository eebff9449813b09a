import { describe, expect, it } from 'vitest';
import { commandErrorLine } from './commandErrorLine';
import { toPlainText } from './terminalLine';

describe('commandErrorLine', () => {
  it('says what is wrong with a URL in words', () => {
    expect(toPlainText(commandErrorLine({ code: 'badUrl', values: { url: 'http://x', problem: 'scheme' } }))).toBe('“http://x” is not a WebSocket URL: it must start with ws:// or wss://.');
  });
});
