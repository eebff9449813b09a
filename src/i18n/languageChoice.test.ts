import { describe, expect, it } from 'vitest';
import { rememberedLanguage, shouldOfferKorean } from './languageChoice';

describe('shouldOfferKorean', () => {
  it('offers Korean to a browser that prefers Korean, in any region', () => {
    expect(shouldOfferKorean(['ko-KR', 'ko', 'en-US'], null)).toBe(true);
    expect(shouldOfferKorean(['en-US', 'ko'], null)).toBe(true);
    expect(shouldOfferKorean(['KO-kr'], null)).toBe(true);
  });

  it('does not offer it to a browser without Korean, nor for a tag that only starts with "ko"', () => {
    expect(shouldOfferKorean(['en-US', 'de'], null)).toBe(false);
    expect(shouldOfferKorean(['kok-IN'], null)).toBe(false);
    expect(shouldOfferKorean([], null)).toBe(false);
  });

  it('follows the remembered choice over the browser language', () => {
    expect(shouldOfferKorean(['ko-KR'], 'en')).toBe(false);
    expect(shouldOfferKorean(['en-US'], 'ko')).toBe(true);
  });

  it('ignores a remembered value that is not a language of the site', () => {
    expect(rememberedLanguage('fr')).toBeUndefined();
    expect(shouldOfferKorean(['ko'], 'fr')).toBe(true);
  });
});
