import { describe, expect, it } from 'vitest';
import { hasLegacyLabQuery, readLabLink, readLabQuery, writeLabLink } from './labQuery';

const none = new URLSearchParams();

describe('labQuery', () => {
  it('writes hex and role into the fragment, and reads them back', () => {
    const link = writeLabLink(none, '', '81857fa', 'server');
    expect(link).toBe('#hex=81857fa&role=server');
    expect(readLabLink(none, link)).toEqual({ hex: '81857fa', role: 'server' });
  });

  it('keeps text that is not hex exactly as typed', () => {
    const typed = '81 05 <b>zz</b>\n0x48&role=x#';
    const link = writeLabLink(none, '', typed, 'client');
    expect(readLabLink(none, link.slice(link.indexOf('#')))).toEqual({ hex: typed, role: 'client' });
  });

  it('still reads an old ?hex=&role= link', () => {
    expect(readLabLink(new URLSearchParams('hex=810548656c6c6f&role=client'), '')).toEqual({ hex: '810548656c6c6f', role: 'client' });
    expect(readLabQuery(new URLSearchParams('hex=81'))).toEqual({ hex: '81' });
  });

  it('prefers the fragment over the old query, part by part', () => {
    expect(readLabLink(new URLSearchParams('hex=81&role=client'), '#hex=82')).toEqual({ hex: '82', role: 'client' });
  });

  it('moves an old link into the fragment and keeps other query and fragment parts', () => {
    const search = new URLSearchParams('lang=en&hex=81&role=client');
    expect(hasLegacyLabQuery(search)).toBe(true);
    expect(writeLabLink(search, '#note=1', '81', 'client')).toBe('?lang=en#note=1&hex=81&role=client');
  });

  it('ignores an unknown role', () => {
    expect(readLabLink(none, '#role=admin&hex=81')).toEqual({ hex: '81' });
  });

  it('drops hex when the box is empty', () => {
    expect(writeLabLink(none, '#hex=81&role=server', ' ', 'client')).toBe('#role=client');
    expect(hasLegacyLabQuery(new URLSearchParams('lang=ko'))).toBe(false);
  });

  it('carries a 60 KB frame whole', () => {
    const hex = '827ef000' + 'ab'.repeat(61_440);
    expect(readLabLink(none, writeLabLink(none, '', hex, 'client')).hex).toBe(hex);
  });

  it('writes the frame shown (1-based) only past the first, and reads it back', () => {
    expect(writeLabLink(none, '', '81', 'client', 2)).toBe('#hex=81&role=client&frame=2');
    expect(writeLabLink(none, '#hex=81&role=client&frame=2', '81', 'client', 1)).toBe('#hex=81&role=client');
    expect(readLabLink(none, '#hex=81&frame=3').frame).toBe(3);
  });

  it.each(['-1', '2.5', '1e3', 'two', ''])('ignores the malformed frame %s', (frame) => {
    expect(readLabLink(none, `#hex=81&frame=${frame}`).frame).toBeUndefined();
  });

  it('reads frame=0 as the first frame', () => {
    expect(readLabLink(none, '#frame=0').frame).toBe(1);
  });
});
