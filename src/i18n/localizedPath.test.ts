import { describe, expect, it } from 'vitest';
import { localizedPath, otherLanguage, otherLanguagePath, pathLanguage, unlocalizedPath } from './localizedPath';

describe('localizedPath', () => {
  it('puts a Korean page under /ko and an English one at the root', () => {
    expect(localizedPath('/polling', 'ko')).toBe('/ko/polling');
    expect(localizedPath('/websocket/frames', 'ko')).toBe('/ko/websocket/frames');
    expect(localizedPath('/ko/polling', 'en')).toBe('/polling');
    expect(localizedPath('/polling', 'en')).toBe('/polling');
  });

  it('maps the home page to /ko/ and back to /', () => {
    expect(localizedPath('/', 'ko')).toBe('/ko/');
    expect(localizedPath('/ko/', 'en')).toBe('/');
    expect(localizedPath('/ko', 'en')).toBe('/');
    expect(localizedPath('/ko/', 'ko')).toBe('/ko/');
  });

  it('ignores a trailing slash and index.html, as the built site serves both', () => {
    expect(localizedPath('/polling/', 'ko')).toBe('/ko/polling');
    expect(localizedPath('/ko/polling/index.html', 'en')).toBe('/polling');
  });

  it('keeps the query and the #step deep link', () => {
    expect(localizedPath('/polling#step=12', 'ko')).toBe('/ko/polling#step=12');
    expect(localizedPath('/ko/compare?x=1#t=500', 'en')).toBe('/compare?x=1#t=500');
  });

  it('does not take a page whose name merely starts with "ko" for a Korean one', () => {
    expect(pathLanguage('/kotlin')).toBe('en');
    expect(localizedPath('/kotlin', 'ko')).toBe('/ko/kotlin');
  });
});

describe('pathLanguage and unlocalizedPath', () => {
  it('reads the language from the prefix', () => {
    expect(pathLanguage('/ko')).toBe('ko');
    expect(pathLanguage('/ko/glossary#frame')).toBe('ko');
    expect(pathLanguage('/')).toBe('en');
  });

  it('strips the prefix', () => {
    expect(unlocalizedPath('/ko/websocket/close/')).toBe('/websocket/close');
    expect(unlocalizedPath('/ko/')).toBe('/');
    expect(unlocalizedPath('/live')).toBe('/live');
  });
});

describe('otherLanguagePath', () => {
  it('round-trips between the two editions, deep link included', () => {
    const korean = otherLanguagePath('/long-polling#step=7');
    expect(korean).toBe('/ko/long-polling#step=7');
    expect(otherLanguagePath(korean)).toBe('/long-polling#step=7');
    expect(otherLanguagePath('/')).toBe('/ko/');
    expect(otherLanguagePath('/ko/')).toBe('/');
  });

  it('offers the other language', () => {
    expect(otherLanguage('en')).toBe('ko');
    expect(otherLanguage('ko')).toBe('en');
  });
});
