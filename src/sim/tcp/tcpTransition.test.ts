import { describe, expect, it } from 'vitest';
import { tcpTransition, type TcpEvent, type TcpState } from './tcpTransition';

/** Walks `events` from `start`, returning each state reached and every segment sent. */
function walk(start: TcpState, events: readonly TcpEvent['kind'][]) {
  let state = start;
  const states: TcpState[] = [];
  const sent: string[] = [];
  for (const kind of events) {
    const result = tcpTransition(state, { kind } as TcpEvent);
    expect(result.accepted, `${kind} in ${state}`).toBe(true);
    state = result.state;
    states.push(state);
    for (const e of result.effects) if (e.kind === 'send') sent.push(e.flags.join('-'));
  }
  return { states, sent };
}

describe('tcpTransition (RFC 9293 §3.3.2)', () => {
  it('takes the active opener from CLOSED through SYN-SENT to ESTABLISHED, sending SYN then ACK', () => {
    expect(walk('CLOSED', ['active-open', 'rcv-syn-ack'])).toEqual({ states: ['SYN-SENT', 'ESTABLISHED'], sent: ['SYN', 'ACK'] });
  });

  it('takes the passive opener from LISTEN through SYN-RECEIVED to ESTABLISHED, answering SYN with SYN-ACK', () => {
    expect(walk('CLOSED', ['passive-open', 'rcv-syn', 'rcv-ack'])).toEqual({ states: ['LISTEN', 'SYN-RECEIVED', 'ESTABLISHED'], sent: ['SYN-ACK'] });
  });

  it('takes the active closer through FIN-WAIT-1, FIN-WAIT-2 and TIME-WAIT to CLOSED after 2·MSL', () => {
    const { states, sent } = walk('ESTABLISHED', ['close', 'rcv-ack', 'rcv-fin', 'time-wait-timeout']);
    expect(states).toEqual(['FIN-WAIT-1', 'FIN-WAIT-2', 'TIME-WAIT', 'CLOSED']);
    expect(sent).toEqual(['FIN-ACK', 'ACK']);
    expect(tcpTransition('FIN-WAIT-2', { kind: 'rcv-fin' }).effects).toContainEqual({ kind: 'start-time-wait' });
  });

  it('takes the passive closer through CLOSE-WAIT and LAST-ACK to CLOSED, with no TIME-WAIT', () => {
    const { states, sent } = walk('ESTABLISHED', ['rcv-fin', 'close', 'rcv-ack']);
    expect(states).toEqual(['CLOSE-WAIT', 'LAST-ACK', 'CLOSED']);
    expect(sent).toEqual(['ACK', 'FIN-ACK']);
  });

  it('tells a blocked recv() the stream ended when the peer’s FIN arrives', () => {
    expect(tcpTransition('ESTABLISHED', { kind: 'rcv-fin' }).effects).toContainEqual({ kind: 'end-of-stream' });
  });

  it('goes through CLOSING when both sides close at once, then waits in TIME-WAIT', () => {
    expect(walk('ESTABLISHED', ['close', 'rcv-fin', 'rcv-ack']).states).toEqual(['FIN-WAIT-1', 'CLOSING', 'TIME-WAIT']);
  });

  it('reports ECONNREFUSED when a SYN is answered by RST, and ECONNRESET when an open connection is reset', () => {
    expect(tcpTransition('SYN-SENT', { kind: 'rcv-rst' })).toEqual({ state: 'CLOSED', effects: [{ kind: 'error', errno: 'ECONNREFUSED' }], accepted: true });
    expect(tcpTransition('ESTABLISHED', { kind: 'rcv-rst' }).effects).toEqual([{ kind: 'error', errno: 'ECONNRESET' }]);
    expect(tcpTransition('CLOSE-WAIT', { kind: 'rcv-rst' }).state).toBe('CLOSED');
  });

  it('sends RST on abort and ignores events that mean nothing in a state', () => {
    expect(tcpTransition('ESTABLISHED', { kind: 'abort' }).effects).toEqual([{ kind: 'send', flags: ['RST'] }]);
    expect(tcpTransition('LISTEN', { kind: 'rcv-fin' })).toEqual({ state: 'LISTEN', effects: [], accepted: false });
    expect(tcpTransition('CLOSED', { kind: 'rcv-syn-ack' }).accepted).toBe(false);
  });
});
