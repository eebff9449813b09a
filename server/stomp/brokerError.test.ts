import { describe, expect, it } from 'vitest';
import { stompError } from '../../src/sim/index';
import { failureCloseCode, failureCode, failureMessage } from './brokerError';

describe('broker failures', () => {
  it('fills the codec’s English sentence with the error’s values', () => {
    const failure = { kind: 'codec', error: stompError('tooManyHeaders', 261, { limit: 64 }) } as const;
    expect(failureMessage(failure)).toBe('The frame has more than 64 headers.');
    expect(failureCode(failure)).toBe('STOMP_ERR_TOO_MANY_HEADERS');
    expect(failureCloseCode(failure)).toBe(1002);
  });

  it('closes a frame that is too large with 1009 and a slow consumer with 1008', () => {
    expect(failureCloseCode({ kind: 'codec', error: stompError('frameTooLarge', 0, { limit: 1 }) })).toBe(1009);
    const slow = { kind: 'broker', reason: { rule: 'slowConsumer', limit: 5 } } as const;
    expect(failureCloseCode(slow)).toBe(1008);
    expect(failureCode(slow)).toBe('STOMP_BROKER_SLOW_CONSUMER');
  });
});
