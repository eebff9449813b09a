import { describe, expect, it } from 'vitest';
import { browserCloseCode } from './browserCloseCode';
import { echoServerUrl } from './echoServerUrl';

describe('echoServerUrl', () => {
  it('uses ws:// with the page’s host and port on an http page', () => {
    expect(echoServerUrl({ protocol: 'http:', host: '127.0.0.1:4321' })).toBe('ws://127.0.0.1:4321/ws?mirror=1');
  });

  it('uses wss:// on an https page, as a browser requires', () => {
    expect(echoServerUrl({ protocol: 'https:', host: 'socket.example' })).toBe('wss://socket.example/ws?mirror=1');
  });
});

describe('browserCloseCode', () => {
  it('lets a page close with 1000 and the application codes 3000–4999', () => {
    expect([1000, 3000, 4999].map(browserCloseCode)).toEqual([true, true, true]);
  });

  it('refuses codes the browser API throws for, even when valid on the wire', () => {
    expect([1001, 1008, 2999, 5000].map(browserCloseCode)).toEqual([false, false, false, false]);
  });
});
