import { describe, expect, it } from 'vitest';
import { withContentLength } from './withContentLength';
import { bytesOf } from './testBytes';

describe('withContentLength', () => {
  it('inserts Content-Length right after Content-Type', () => {
    const h = withContentLength([{ name: 'Server', value: 's' }, { name: 'Content-Type', value: 'text/plain' }, { name: 'Connection', value: 'keep-alive' }], bytesOf('héllo'));
    // "héllo" is 6 bytes in UTF-8: é takes two.
    expect(h.map((x) => `${x.name}: ${x.value}`)).toEqual(['Server: s', 'Content-Type: text/plain', 'Content-Length: 6', 'Connection: keep-alive']);
  });

  it('replaces an existing Content-Length in place, keeping its spelling', () => {
    const h = withContentLength([{ name: 'content-length', value: '99' }, { name: 'Date', value: 'd' }], bytesOf('abc'));
    expect(h).toEqual([{ name: 'content-length', value: '3' }, { name: 'Date', value: 'd' }]);
  });

  it('appends Content-Length: 0 for a missing body and leaves the input array alone', () => {
    const input = [{ name: 'Host', value: 'a' }];
    expect(withContentLength(input, undefined)).toEqual([{ name: 'Host', value: 'a' }, { name: 'Content-Length', value: '0' }]);
    expect(input).toHaveLength(1);
  });
});
