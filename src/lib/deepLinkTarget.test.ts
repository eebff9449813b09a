import { describe, expect, it } from 'vitest';
import { deepLinkTarget } from './deepLinkTarget';

describe('deepLinkTarget', () => {
  const owners = ['step t', 'sockjs.step sockjs.t', 'fragment'];

  it('finds the widget whose key the hash carries', () => {
    expect(deepLinkTarget('#sockjs.step=4', owners)).toBe(1);
    expect(deepLinkTarget('#fragment=2', owners)).toBe(2);
    expect(deepLinkTarget('t=1200', owners)).toBe(0);
  });

  it('picks the first widget on the page when the hash names several', () => {
    expect(deepLinkTarget('#fragment=2&step=3', owners)).toBe(0);
  });

  it('names no widget for a plain heading anchor, an empty hash or keys nobody owns', () => {
    expect(deepLinkTarget('#the-header', owners)).toBe(-1);
    expect(deepLinkTarget('', owners)).toBe(-1);
    expect(deepLinkTarget('#code=python&sel=2', owners)).toBe(-1);
  });

  it('does not take a scoped key for the unscoped one', () => {
    expect(deepLinkTarget('#sockjs.step=4', ['step t'])).toBe(-1);
  });

  it('ignores an owner with no keys', () => {
    expect(deepLinkTarget('#step=1', ['', ' '])).toBe(-1);
  });
});
