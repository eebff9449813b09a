import { describe, expect, it } from 'vitest';
import { readLabQuery, writeLabQuery } from './labQuery';

describe('labQuery', () => {
  it('round-trips hex and role', () => {
    const query = writeLabQuery(new URLSearchParams(), '81857fa', 'server');
    expect(readLabQuery(new URLSearchParams(query))).toEqual({ hex: '81857fa', role: 'server' });
  });

  it('keeps text that is not hex exactly as typed', () => {
    const typed = '81 05 <b>zz</b>\n0x48';
    expect(readLabQuery(new URLSearchParams(writeLabQuery(new URLSearchParams(), typed, 'client'))).hex).toBe(typed);
  });

  it('ignores an unknown role', () => {
    expect(readLabQuery(new URLSearchParams('role=admin&hex=81'))).toEqual({ hex: '81' });
  });

  it('drops hex when the box is empty and keeps other parameters', () => {
    expect(writeLabQuery(new URLSearchParams('lang=en&hex=81'), ' ', 'client')).toBe('?lang=en&role=client');
  });
});
