/** Which "field.*" i18n key explains a header, by its case-insensitive name. */

const MEANINGS: Readonly<Record<string, string>> = {
  'host': 'field.host',
  'connection': 'field.connection',
  'keep-alive': 'field.keepAlive',
  'user-agent': 'field.userAgent',
  'accept': 'field.accept',
  'accept-encoding': 'field.acceptEncoding',
  'accept-language': 'field.acceptLanguage',
  'accept-charset': 'field.acceptCharset',
  'referer': 'field.referer',
  'origin': 'field.origin',
  'cookie': 'field.cookie',
  'set-cookie': 'field.setCookie',
  'cache-control': 'field.cacheControl',
  'pragma': 'field.pragma',
  'sec-fetch-site': 'field.secFetchSite',
  'sec-fetch-mode': 'field.secFetchMode',
  'sec-fetch-dest': 'field.secFetchDest',
  'sec-ch-ua': 'field.secChUa',
  'sec-ch-ua-mobile': 'field.secChUaMobile',
  'sec-ch-ua-platform': 'field.secChUaPlatform',
  'last-event-id': 'field.lastEventId',
  'date': 'field.date',
  'server': 'field.server',
  'x-powered-by': 'field.xPoweredBy',
  'content-type': 'field.contentType',
  'content-length': 'field.contentLength',
  'content-encoding': 'field.contentEncoding',
  'transfer-encoding': 'field.transferEncoding',
  'vary': 'field.vary',
  'access-control-allow-origin': 'field.accessControlAllowOrigin',
  'x-accel-buffering': 'field.xAccelBuffering',
  'upgrade': 'field.upgrade',
};

/** Fallback for headers without their own explanation. */
export const GENERIC_HEADER_MEANING = 'field.header';

// Serializers ask for the same few names thousands of times; skip the lower-casing.
const byExactName = new Map<string, string>();
const MAX_CACHED_NAMES = 256;

/** The i18n key explaining header `name` (e.g. "User-Agent" → "field.userAgent"). */
export function headerMeaning(name: string): string {
  let meaning = byExactName.get(name);
  if (meaning === undefined) {
    meaning = MEANINGS[name.toLowerCase()] ?? GENERIC_HEADER_MEANING;
    if (byExactName.size < MAX_CACHED_NAMES) byExactName.set(name, meaning);
  }
  return meaning;
}
