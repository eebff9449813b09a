import { describe, expect, it } from 'vitest';
import { straceSocketCalls } from './support/straceSocketCalls';

describe('straceSocketCalls', () => {
  it('maps glibc send/recv (sendto/recvfrom) and accept4 to the socket API names', () => {
    const trace = [
      '10 socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3',
      '10 accept4(3, NULL, NULL, SOCK_CLOEXEC) = 4',
      '10 recvfrom(4, "hello\\n", 4096, 0, NULL, NULL) = 6',
      '10 sendto(4, "hello\\n", 6, 0, NULL, 0) = 6',
    ].join('\n');
    expect(straceSocketCalls(trace)).toEqual(['socket', 'accept', 'recv', 'send']);
  });

  it('leaves out setsockopt and the closes of descriptors that are not sockets', () => {
    const trace = [
      '10 close(3)                          = 0',
      '10 socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3',
      '10 setsockopt(3, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0',
      '10 close(5)                          = 0',
      '10 close(3)                          = 0',
      '10 close(3)                          = 0',
    ].join('\n');
    expect(straceSocketCalls(trace)).toEqual(['socket', 'close']);
  });

  it('leaves out sockets of other families, such as a resolver’s AF_UNIX socket', () => {
    const trace = ['10 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, 0) = 3', '10 connect(3, {sa_family=AF_UNIX}, 110) = -1 ENOENT (No such file or directory)', '10 close(3) = 0'].join('\n');
    expect(straceSocketCalls(trace)).toEqual([]);
  });

  it('joins a call that another process interrupted (unfinished … resumed)', () => {
    const trace = [
      '10 socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3',
      '10 close(3 <unfinished ...>',
      '11 close(255)                        = 0',
      '10 <... close resumed>)              = 0',
    ].join('\n');
    expect(straceSocketCalls(trace)).toEqual(['socket', 'close']);
  });
});
