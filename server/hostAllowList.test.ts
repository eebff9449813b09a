import { describe, expect, it } from 'vitest';
import { hostAllowed, hostNameOfAddress, parseAllowedHosts, parseHost, type AllowedHosts } from './hostAllowList';

const none: AllowedHosts = { any: false, hosts: [] };
const local = { address: '127.0.0.1', port: 4321 };

describe('parseHost', () => {
  it('splits a name and a port, lower-cased', () => {
    expect(parseHost('SocketLab.Example:8080')).toEqual({ name: 'socketlab.example', port: 8080 });
    expect(parseHost('[::1]:4321')).toEqual({ name: '[::1]', port: 4321 });
    expect(parseHost('localhost')).toEqual({ name: 'localhost', port: null });
  });

  it.each(['http://a.example', 'a.example/path', 'a b', 'a.example:99999', ':80', 'a.example:', '-a.example'])('refuses %s', (value) => {
    expect(parseHost(value)).toBeNull();
  });
});

describe('parseAllowedHosts', () => {
  it('reads nothing as no extra hosts', () => {
    expect(parseAllowedHosts(undefined)).toEqual({ ok: true, value: none });
    expect(parseAllowedHosts(' , ')).toEqual({ ok: true, value: none });
  });

  it('reads names with and without a port', () => {
    expect(parseAllowedHosts(' socketlab.example , lab.example:8443 ')).toEqual({
      ok: true,
      value: { any: false, hosts: [{ name: 'socketlab.example', port: null }, { name: 'lab.example', port: 8443 }] },
    });
  });

  it('reads "*" as any host', () => {
    expect(parseAllowedHosts('a.example,*')).toEqual({ ok: true, value: { any: true } });
  });

  it('explains a malformed entry instead of throwing', () => {
    const parsed = parseAllowedHosts('a.example,https://b.example');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/LIVE_ALLOWED_HOSTS: "https:\/\/b\.example" is not a host name/);
  });
});

describe('hostNameOfAddress', () => {
  it('brackets IPv6 and unwraps IPv4-mapped addresses', () => {
    expect(hostNameOfAddress('::1')).toBe('[::1]');
    expect(hostNameOfAddress('::ffff:10.0.0.5')).toBe('10.0.0.5');
    expect(hostNameOfAddress('192.168.1.5')).toBe('192.168.1.5');
  });
});

describe('hostAllowed', () => {
  it.each(['127.0.0.1:4321', 'localhost:4321', 'LOCALHOST:4321', '[::1]:4321', '127.0.0.1'])('serves our own name %s', (host) => {
    expect(hostAllowed(host, local, none)).toEqual({ ok: true });
  });

  it('serves the address the connection arrived on (a server bound to every interface)', () => {
    expect(hostAllowed('192.168.1.5:4321', { address: '::ffff:192.168.1.5', port: 4321 }, none)).toEqual({ ok: true });
  });

  it('refuses a rebinding name with 421 and says how to allow a real one', () => {
    const verdict = hostAllowed('evil.example:4321', local, none);
    expect(verdict).toMatchObject({ ok: false, status: 421 });
    if (!verdict.ok) expect(verdict.message).toContain('LIVE_ALLOWED_HOSTS');
  });

  it('refuses our own name on another port (a port this connection did not arrive on)', () => {
    expect(hostAllowed('localhost:9999', local, none)).toMatchObject({ ok: false, status: 421 });
  });

  it('refuses a missing Host with 400', () => {
    expect(hostAllowed(undefined, local, none)).toMatchObject({ ok: false, status: 400 });
  });

  it('serves a listed name on any port, or on the listed port only', () => {
    const allowed: AllowedHosts = { any: false, hosts: [{ name: 'lab.example', port: null }, { name: 'pinned.example', port: 8443 }] };
    expect(hostAllowed('lab.example', local, allowed)).toEqual({ ok: true });
    expect(hostAllowed('lab.example:8080', local, allowed)).toEqual({ ok: true });
    expect(hostAllowed('pinned.example:8443', local, allowed)).toEqual({ ok: true });
    expect(hostAllowed('pinned.example', local, allowed)).toMatchObject({ ok: false, status: 421 });
  });

  it('serves anything with "*"', () => {
    expect(hostAllowed('evil.example', local, { any: true })).toEqual({ ok: true });
  });
});

describe('LIVE_ALLOWED_HOSTS in the live config', () => {
  it('is read with the other LIVE_* settings', async () => {
    const { readLiveConfig } = await import('./live/liveConfig');
    expect(readLiveConfig({ LIVE_ALLOWED_HOSTS: 'lab.example' }).allowedHosts).toEqual({ any: false, hosts: [{ name: 'lab.example', port: null }] });
  });

  it('stops the start with a sentence naming the bad entry', async () => {
    const { readLiveConfig } = await import('./live/liveConfig');
    expect(() => readLiveConfig({ LIVE_ALLOWED_HOSTS: 'lab.example/x' })).toThrow('LIVE_ALLOWED_HOSTS: "lab.example/x" is not a host name');
  });
});
