import { describe, expect, it } from 'vitest';
import { acceptedEncodings, normalizedAcceptEncoding } from './acceptedEncodings';

describe('acceptedEncodings', () => {
  it('reads what a browser sends', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual({ br: true, gzip: true });
  });

  it('accepts neither without a header', () => {
    expect(acceptedEncodings(undefined)).toEqual({ br: false, gzip: false });
    expect(acceptedEncodings('')).toEqual({ br: false, gzip: false });
  });

  it('refuses a coding weighted 0', () => {
    expect(acceptedEncodings('br;q=0, gzip;q=0.8')).toEqual({ br: false, gzip: true });
    expect(acceptedEncodings('gzip; q=0.000')).toEqual({ br: false, gzip: false });
  });

  it('takes * for any coding not listed', () => {
    expect(acceptedEncodings('*')).toEqual({ br: true, gzip: true });
    expect(acceptedEncodings('*, br;q=0')).toEqual({ br: false, gzip: true });
  });

  it('reads x-gzip as gzip and ignores case', () => {
    expect(acceptedEncodings('X-GZIP')).toEqual({ br: false, gzip: true });
    expect(acceptedEncodings('BR')).toEqual({ br: true, gzip: false });
  });

  it('does not take a coding whose name merely contains br or gzip', () => {
    expect(acceptedEncodings('brotli-ish, xgzip')).toEqual({ br: false, gzip: false });
  });
});

describe('normalizedAcceptEncoding', () => {
  it('keeps only the accepted codings the site has files for', () => {
    expect(normalizedAcceptEncoding('deflate, br;q=0, gzip')).toBe('gzip');
    expect(normalizedAcceptEncoding('br, gzip;q=0.5')).toBe('br, gzip');
    expect(normalizedAcceptEncoding('identity')).toBe('');
  });
});
