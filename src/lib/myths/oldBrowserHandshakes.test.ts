import { describe, expect, it } from 'vitest';
import { oldBrowserHandshakes } from './oldBrowserHandshakes';

describe('oldBrowserHandshakes', () => {
  const answers = oldBrowserHandshakes();

  it('refuses the hixie-76 handshake with 400: it has no Sec-WebSocket-Key', () => {
    expect(answers.hixie76).toEqual({ status: 400, reason: 'missingKey' });
  });

  it('refuses the hybi-10 handshake (version 8) with 426, naming version 13', () => {
    expect(answers.hybi10).toEqual({ status: 426, reason: 'unsupportedVersion', version: '8' });
    expect(answers.serverVersion).toBe('13');
  });
});
