import { describe, expect, it } from 'vitest';
import type { Step, Timeline } from '../../timeline/types';
import { defaultParams } from '../defaultParams';
import { runScenario } from '../runScenario';

/** One line per step: time, lifeline, and what happened (a call and its result, a state, a segment's flags). */
function describeStep(timeline: Timeline, s: Step): string {
  const at = s.time.toFixed(3);
  switch (s.kind) {
    case 'send':
    case 'arrive':
      return `${at} ${s.actor} ${s.kind} ${timeline.transfers[s.transferId]!.summary}`;
    case 'syscall':
      return `${at} ${s.actor} ${s.phase} ${s.call}(${s.args.join(', ')})${s.phase === 'return' ? ` = ${s.result}` : ''}`;
    case 'tcp-state':
      return `${at} ${s.actor} fd ${s.fd} ${s.state}`;
    case 'app-message':
      return `${at} ${s.actor} message ${s.index} ${s.text}`;
    case 'timer':
      return `${at} ${s.actor} timer ${s.timer}`;
    default:
      return `${at} ${s.actor} ${s.kind}`;
  }
}

// The default echo exchange, step by step, for seed 1: a change here is a change in what the lesson shows.
const GOLDEN = [
    '0.000 server return socket(AF_INET, SOCK_STREAM, 0) = 3',
    '1.000 server return bind(3, 0.0.0.0:7000) = 0',
    '2.000 server return listen(3, 8) = 0',
    '2.000 server fd 3 LISTEN',
    '3.000 client return socket(AF_INET, SOCK_STREAM, 0) = 3',
    '3.000 server enter accept(3)',
    '4.000 client enter connect(3, 127.0.0.1:7000)',
    '4.000 client fd 3 SYN-SENT',
    '4.000 client send SYN',
    '54.016 server arrive SYN',
    '54.016 server fd 4 SYN-RECEIVED',
    '54.016 server send SYN-ACK',
    '104.032 client arrive SYN-ACK',
    '104.032 client fd 3 ESTABLISHED',
    '104.032 client send ACK',
    '105.662 client return connect(3, 127.0.0.1:7000) = 0',
    '106.662 client return send(3, "hello\\n", 6) = 6',
    '106.662 client send PSH-ACK len=6',
    '107.662 client enter recv(3, buf, 1024)',
    '154.048 server arrive ACK',
    '154.048 server fd 4 ESTABLISHED',
    '154.426 server return accept(3) = 4',
    '155.426 server enter recv(4, buf, 1024)',
    '156.683 server arrive PSH-ACK len=6',
    '156.683 server send ACK',
    '157.863 server return recv(4, buf, 1024) = 6',
    '157.863 server message 1 hello',
    '158.863 server return send(4, "hello\\n", 6) = 6',
    '158.863 server send PSH-ACK len=6',
    '159.863 server enter recv(4, buf, 1024)',
    '206.699 client arrive ACK',
    '208.884 client arrive PSH-ACK len=6',
    '208.884 client send ACK',
    '210.172 client return recv(3, buf, 1024) = 6',
    '210.172 client message 1 hello',
    '211.172 client return close(3) = 0',
    '211.172 client fd 3 FIN-WAIT-1',
    '211.172 client send FIN-ACK',
    '258.900 server arrive ACK',
    '261.188 server arrive FIN-ACK',
    '261.188 server fd 4 CLOSE-WAIT',
    '261.188 server send ACK',
    '262.371 server return recv(4, buf, 1024) = 0',
    '263.371 server return close(4) = 0',
    '263.371 server fd 4 LAST-ACK',
    '263.371 server send FIN-ACK',
    '264.371 server return close(3) = 0',
    '264.371 server fd 3 CLOSED',
    '311.204 client arrive ACK',
    '311.204 client fd 3 FIN-WAIT-2',
    '313.387 client arrive FIN-ACK',
    '313.387 client fd 3 TIME-WAIT',
    '313.387 client send ACK',
    '363.403 server arrive ACK',
    '363.403 server fd 4 CLOSED',
    '60313.387 client timer time-wait',
    '60313.387 client fd 3 CLOSED',
];

describe('the sockets scenario’s golden timeline', () => {
  it('plays the default echo exchange exactly as recorded', () => {
    const timeline = runScenario('sockets', defaultParams('sockets'));
    expect(timeline.steps.map((s) => describeStep(timeline, s))).toEqual(GOLDEN);
  });
});
