import { describe, expect, it } from 'vitest';
import { closeFacts, exchangeFacts, faultFacts, streamFacts } from './socketsFacts';

describe('socketsFacts', () => {
  it('gives the exchange the page describes: fd 3 listens, accept returns fd 4, one data segment of header plus payload', () => {
    const ex = exchangeFacts();
    expect([ex.listeningFd, ex.acceptedFd]).toEqual([3, 4]);
    expect(ex.handshake).toEqual(['SYN', 'SYN-ACK', 'ACK']);
    expect(ex.segmentBytes).toBe(ex.headerBytes + ex.sendBytes);
  });

  it('finds recv() joining two sends and cutting one, as the prose says', () => {
    const s = streamFacts();
    expect(s.recvs[0]!.bytes).toBeGreaterThan(s.sends[0]!);
    expect(s.cutRecvs.length).toBeGreaterThan(1);
    expect(s.cutRecvs[0]!.bytes).toBe(s.smallBuffer);
    expect(s.tinyMssSegments).toBeGreaterThan(1);
  });

  it('puts the closer first in TIME-WAIT and has the half-closing client read after shutdown()', () => {
    const c = closeFacts();
    expect([c.clientCloseWaiter, c.serverCloseWaiter]).toEqual(['client', 'server']);
    expect(c.halfCloseCalls.indexOf('recv')).toBeGreaterThan(c.halfCloseCalls.indexOf('shutdown'));
  });

  it('names the three faults’ segments and errors', () => {
    const f = faultFacts();
    expect(f.refusedErrno).toBe('ECONNREFUSED');
    expect(f.resetErrors.length).toBeGreaterThan(0);
    expect(f.retransmitMs).toBeGreaterThan(0);
  });
});
