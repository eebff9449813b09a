import { describe, expect, it } from 'vitest';
import { acceptLanguageOf } from './acceptLanguageOf';

describe('acceptLanguageOf', () => {
  it('adds the base language and a quality value, as Chromium sent in the capture', () => {
    expect(acceptLanguageOf(['en-US'])).toBe('en-US,en;q=0.9');
    expect(acceptLanguageOf(['en-US', 'en'])).toBe('en-US,en;q=0.9');
  });

  it('puts each base after its run of variants and lowers the quality by 0.1 each, never below 0.1', () => {
    expect(acceptLanguageOf(['ko-KR', 'ko', 'en-US', 'en-GB'])).toBe('ko-KR,ko;q=0.9,en-US;q=0.8,en-GB;q=0.7,en;q=0.6');
    const many = acceptLanguageOf(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']);
    expect(many.endsWith('k;q=0.1,l;q=0.1')).toBe(true);
  });
});
