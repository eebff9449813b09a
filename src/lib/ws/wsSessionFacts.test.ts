import { describe, expect, it } from 'vitest';
import { faultFacts, sessionFacts } from './wsSessionFacts';

describe('sessionFacts', () => {
  it('reads the default session: one request, small frames, a clean close', () => {
    const facts = sessionFacts();
    expect(facts.requests).toBe(1);
    expect(facts.eventFrameHeader).toBe(2);
    expect(facts.clientFrameHeader).toBe(6);
    expect(facts.closeCode).toBe(1000);
    expect(facts.requestBytes).toBeGreaterThan(facts.responseBytes);
  });
});

describe('faultFacts', () => {
  it('ends every fault with 1006 at the page, naming what the client sent where it failed the connection', () => {
    const facts = faultFacts();
    expect(facts['strip-upgrade'].close).toMatchObject({ code: 1006, error: true });
    expect(facts['masked-server-frame'].close).toMatchObject({ code: 1006, sentCode: 1002, error: true });
    expect(facts['invalid-utf8'].close).toMatchObject({ code: 1006, sentCode: 1007, error: true });
    expect(facts['lost-pong'].close).toMatchObject({ code: 1006, error: false, cause: 'heartbeat-timeout' });
    expect(facts['tcp-reset'].close).toMatchObject({ code: 1006, wasClean: false, cause: 'tcp-reset' });
    expect(facts['strip-upgrade'].delivered).toBe(0);
  });
});
