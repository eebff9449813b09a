/**
 * “Older browsers support WebSocket”: when each browser first spoke RFC 6455
 * (December 2011), and what it spoke before. Historical record, not computed:
 * MDN browser-compat-data (api/WebSocket), caniuse.com “websockets”, and the
 * protocol-version table of Crowther et al., “HTML5 in Action” (2014), app. D.
 */

/** One browser's road to RFC 6455. */
export interface BrowserSupport {
  readonly browser: 'Chrome' | 'Firefox' | 'Safari' | 'Internet Explorer' | 'Opera';
  /** First version whose `WebSocket` speaks RFC 6455 (version 13 in `Sec-WebSocket-Version`). */
  readonly rfc6455: string;
  /** Year that version shipped. */
  readonly year: number;
  /** What came before: an earlier draft, a prefixed or disabled object, or nothing. */
  readonly before:
    | {
        readonly kind: 'draft';
        /** First version with any `WebSocket` object. */
        readonly since: string;
        /** The drafts it spoke (hixie-75/76 framed with 0x00 … 0xFF). */
        readonly drafts: readonly string[];
        /** Shipped switched off, or only as `MozWebSocket`. */
        readonly note?: 'disabled' | 'prefixed';
      }
    | { readonly kind: 'none' };
}

/** RFC 6455's publication year. */
export const RFC_6455_YEAR = 2011;

export const rfc6455Browsers: readonly BrowserSupport[] = [
  { browser: 'Chrome', rfc6455: '16', year: 2011, before: { kind: 'draft', since: '4', drafts: ['hixie-75', 'hixie-76', 'hybi-10'] } },
  { browser: 'Firefox', rfc6455: '11', year: 2012, before: { kind: 'draft', since: '4', drafts: ['hixie-76', 'hybi-07', 'hybi-10'], note: 'prefixed' } },
  { browser: 'Internet Explorer', rfc6455: '10', year: 2012, before: { kind: 'none' } },
  { browser: 'Opera', rfc6455: '12.10', year: 2012, before: { kind: 'draft', since: '11', drafts: ['hixie-76'], note: 'disabled' } },
  { browser: 'Safari', rfc6455: '6', year: 2012, before: { kind: 'draft', since: '5', drafts: ['hixie-75', 'hixie-76'] } },
];
