import { describe, expect, it } from 'vitest';
import { originAllowed } from './originAllowed';

describe('originAllowed', () => {
  it('lets non-browser clients in: no Origin header', () => {
    expect(originAllowed(undefined, 'localhost:4321', [])).toBe(true);
  });

  it('accepts the server\'s own origin over http or https, ignoring case and default ports', () => {
    expect(originAllowed('http://localhost:4321', 'localhost:4321', [])).toBe(true);
    expect(originAllowed('https://Lab.Example', 'lab.example:443', [])).toBe(true);
    expect(originAllowed('http://lab.example', 'lab.example:80', [])).toBe(true);
  });

  it('refuses another host or port, "null", and garbage', () => {
    expect(originAllowed('http://localhost:4322', 'localhost:4321', [])).toBe(false);
    expect(originAllowed('http://evil.example', 'localhost:4321', [])).toBe(false);
    expect(originAllowed('null', 'localhost:4321', [])).toBe(false);
    expect(originAllowed('not a url', 'localhost:4321', [])).toBe(false);
    expect(originAllowed('ftp://localhost:4321', 'localhost:4321', [])).toBe(false);
    expect(originAllowed('http://localhost:4321', undefined, [])).toBe(false);
  });

  it('accepts allow-listed origins, or any with "*"', () => {
    expect(originAllowed('https://course.example', 'localhost:4321', ['https://course.example'])).toBe(true);
    expect(originAllowed('https://other.example', 'localhost:4321', ['https://course.example'])).toBe(false);
    expect(originAllowed('https://other.example', 'localhost:4321', ['*'])).toBe(true);
  });
});
