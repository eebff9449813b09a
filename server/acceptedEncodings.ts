/** The precompressed variants a request accepts. */
export interface AcceptedEncodings {
  readonly br: boolean;
  readonly gzip: boolean;
}

/**
 * Reads `Accept-Encoding` (RFC 9110 §12.5.3): a coding is accepted when it is
 * listed, or `*` is, with a weight above 0; `x-gzip` is gzip (§8.4.1.3).
 * No header, or an empty one, accepts neither: identity.
 */
export function acceptedEncodings(header: string | undefined): AcceptedEncodings {
  const weights = new Map<string, number>();
  for (const item of (header ?? '').split(',')) {
    const [name = '', ...params] = item.split(';').map((part) => part.trim().toLowerCase());
    if (name === '') continue;
    const q = params.find((param) => param.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(weight) ? weight : 0);
  }
  const accepts = (coding: string) => (weights.get(coding) ?? weights.get('*') ?? 0) > 0;
  return { br: accepts('br'), gzip: accepts('gzip') };
}

/** The header as the static file server should see it: only the codings it has files for, and only when accepted. */
export function normalizedAcceptEncoding(header: string | undefined): string {
  const { br, gzip } = acceptedEncodings(header);
  return [br ? 'br' : '', gzip ? 'gzip' : ''].filter(Boolean).join(', ');
}
