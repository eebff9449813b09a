import { describe, expect, it } from 'vitest';
import type { InlineContent } from './inlineContent';
import { contentSecurityPolicy, isEmbedPath, securityHeaders } from './securityHeaders';

const page: InlineContent = { scripts: ["'sha256-s1'"], styles: ["'sha256-c1'"], styleAttributes: [], runtimeStyles: false, anyWebSocket: false };
const host = '127.0.0.1:4321';

function directive(policy: string, name: string): string | undefined {
  return policy.split('; ').find((d) => d.startsWith(`${name} `));
}

describe('contentSecurityPolicy', () => {
  it('allows scripts and styles from the site and the page’s own inline hashes only', () => {
    const policy = contentSecurityPolicy({ path: '/polling', host, page });
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'sha256-s1'");
    expect(directive(policy, 'style-src')).toBe("style-src 'self' 'sha256-c1'");
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'unsafe-eval'");
  });

  it('allows style attributes only by hash, with unsafe-hashes', () => {
    const policy = contentSecurityPolicy({ path: '/websocket/frames', host, page: { ...page, styleAttributes: ["'sha256-a1'"] } });
    expect(directive(policy, 'style-src')).toBe("style-src 'self' 'unsafe-hashes' 'sha256-c1' 'sha256-a1'");
  });

  it('lets a terminal page write its own style elements, and never its own scripts', () => {
    const policy = contentSecurityPolicy({ path: '/terminal', host, page: { ...page, runtimeStyles: true } });
    expect(directive(policy, 'style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'sha256-s1'");
  });

  it('connects to the site itself, its WebSockets spelled out', () => {
    expect(directive(contentSecurityPolicy({ path: '/live', host, page }), 'connect-src')).toBe(`connect-src 'self' ws://${host} wss://${host}`);
  });

  it('leaves a malformed Host out of the policy', () => {
    expect(directive(contentSecurityPolicy({ path: '/live', host: "a; script-src 'unsafe-inline'", page }), 'connect-src')).toBe("connect-src 'self'");
  });

  it('connects to any WebSocket URL where the reader may type one', () => {
    expect(directive(contentSecurityPolicy({ path: '/terminal', host, page: { ...page, anyWebSocket: true } }), 'connect-src')).toBe("connect-src 'self' ws: wss:");
  });

  it('lets the msw service worker register from the site', () => {
    expect(directive(contentSecurityPolicy({ path: '/live', host, page }), 'worker-src')).toBe("worker-src 'self'");
  });

  it('refuses framing everywhere but the embeds', () => {
    expect(directive(contentSecurityPolicy({ path: '/polling', host, page }), 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(contentSecurityPolicy({ path: '/embed/polling', host, page }), 'frame-ancestors')).toBeUndefined();
  });

  it('gives a file that is no page no inline sources at all', () => {
    const policy = contentSecurityPolicy({ path: '/_astro/x.js', host, page: null });
    expect(directive(policy, 'script-src')).toBe("script-src 'self'");
    expect(directive(policy, 'style-src')).toBe("style-src 'self'");
  });
});

describe('isEmbedPath', () => {
  it.each([['/embed/polling', true], ['/embed', true], ['/ko/embed/polling', true], ['/embedded', false], ['/polling', false], ['/x/embed/polling', false]])('%s → %s', (path, embed) => {
    expect(isEmbedPath(path)).toBe(embed);
  });
});

describe('securityHeaders', () => {
  it('sends nosniff, a referrer policy and DENY framing on a page', () => {
    expect(securityHeaders({ path: '/polling', host, page })).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
    });
  });

  it('sends no X-Frame-Options on an embed', () => {
    expect(securityHeaders({ path: '/embed/polling', host, page })).not.toHaveProperty('X-Frame-Options');
  });
});
