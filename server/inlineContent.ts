/**
 * What a built HTML page runs or applies inline, as CSP hash sources: the text of
 * each inline `<script>` and `<style>` (Astro's island loader and small
 * stylesheets, the embed pages' bootstrap) and each `style="…"` attribute in the
 * markup (Svelte's server-rendered `style:` directives). Hashing what the build
 * emitted lets the policy allow exactly that and nothing injected later.
 */
import { createHash } from 'node:crypto';

/** The inline content of one page, as CSP sources, and what the page says it needs beyond them. */
export interface InlineContent {
  /** `'sha256-…'` of each inline script. */
  readonly scripts: readonly string[];
  /** `'sha256-…'` of each inline stylesheet. */
  readonly styles: readonly string[];
  /** `'sha256-…'` of each style attribute's value (allowed with 'unsafe-hashes'). */
  readonly styleAttributes: readonly string[];
  /** The page hosts a terminal: xterm writes its own `<style>` elements, whose text (colours, cell size) is only known at run time. */
  readonly runtimeStyles: boolean;
  /** The page lets the reader open a WebSocket to any URL (the terminal's /connect). */
  readonly anyWebSocket: boolean;
}

/** Marks an element whose component writes `<style>` elements at run time (see TerminalView). */
export const RUNTIME_STYLES_MARKER = 'data-csp-runtime-styles';
/** Marks an element whose component connects to WebSocket URLs the reader types (see TerminalSession). */
export const ANY_WEBSOCKET_MARKER = 'data-csp-any-websocket';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const STYLE_ATTRIBUTE = /\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const SRC_ATTRIBUTE = /\ssrc\s*=/i;
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|apos|lt|gt));/gi;
const NAMED: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/** The CSP hash source of `text`: base64 SHA-256 of its UTF-8 bytes. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

// Attribute values reach the browser entity-decoded; the hash is over the decoded text.
function decodeEntities(value: string): string {
  return value.replace(ENTITY, (_, dec?: string, hex?: string, name?: string) =>
    name ? NAMED[name.toLowerCase()]! : String.fromCodePoint(dec ? Number(dec) : Number.parseInt(hex!, 16)),
  );
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/** Reads the inline scripts, stylesheets and style attributes of `html`. */
export function inlineContent(html: string): InlineContent {
  const scripts = [...html.matchAll(SCRIPT)].filter((m) => !SRC_ATTRIBUTE.test(m[1]!)).map((m) => hashSource(m[2]!));
  const styles = [...html.matchAll(STYLE)].map((m) => hashSource(m[1]!));
  const styleAttributes = [...html.matchAll(STYLE_ATTRIBUTE)].map((m) => hashSource(decodeEntities(m[1] ?? m[2]!)));
  return {
    scripts: unique(scripts),
    styles: unique(styles),
    styleAttributes: unique(styleAttributes),
    runtimeStyles: html.includes(RUNTIME_STYLES_MARKER),
    anyWebSocket: html.includes(ANY_WEBSOCKET_MARKER),
  };
}
