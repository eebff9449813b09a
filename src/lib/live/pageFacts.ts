/**
 * What the page can read about itself and its browser, for the header model: its origin and URL, the User-Agent,
 * its languages, its client hints (navigator.userAgentData, present only on trustworthy origins) and the cookies
 * it can see.
 */
import { acceptLanguageOf } from './acceptLanguageOf';
import type { PageFacts } from './modelRequestHead';

interface UserAgentData {
  readonly brands: readonly { readonly brand: string; readonly version: string }[];
  readonly mobile: boolean;
  readonly platform: string;
}

/** The facts of the running page. */
export function pageFacts(): PageFacts {
  const data = (navigator as Navigator & { userAgentData?: UserAgentData }).userAgentData;
  return {
    origin: location.origin,
    host: location.host,
    referer: location.href.split('#')[0]!,
    userAgent: navigator.userAgent,
    acceptLanguage: acceptLanguageOf(navigator.languages),
    // Chromium writes the brands as a structured-field list: "Brand";v="major", joined by ", ".
    ...(data ? { clientHints: { brands: data.brands.map((b) => `"${b.brand}";v="${b.version}"`).join(', '), platform: `"${data.platform}"`, mobile: data.mobile } } : {}),
    cookieLength: document.cookie.length,
  };
}
