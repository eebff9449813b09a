/** The reader's language choice: remembered when they use the header's switch, read by the English home page's offer. */
import type { Lang } from './languages';

// Kept apart from `languages.ts` on purpose: every page loads this script, and sharing a module with the islands
// would give Rollup a reason to split the islands' chunks differently (more, smaller files: more gzip bytes).
const SITE_LANGUAGES: readonly string[] = ['en', 'ko'] satisfies readonly Lang[];
const isLang = (value: unknown): value is Lang => typeof value === 'string' && SITE_LANGUAGES.includes(value);

/** localStorage key of the language the reader last switched to. */
export const LANGUAGE_KEY = 'socket-lab:lang';

/** The remembered choice, if it is one of the site's languages. */
export function rememberedLanguage(stored: string | null | undefined): Lang | undefined {
  return isLang(stored) ? stored : undefined;
}

/**
 * Whether the English home page offers the Korean edition: yes when the reader chose Korean before, or has not
 * chosen and their browser prefers Korean (`ko`, `ko-KR` …) among its languages; never a redirect, only a link.
 */
export function shouldOfferKorean(browserLanguages: readonly string[], stored: string | null | undefined): boolean {
  const remembered = rememberedLanguage(stored);
  if (remembered) return remembered === 'ko';
  return browserLanguages.some((tag) => tag.toLowerCase() === 'ko' || tag.toLowerCase().startsWith('ko-'));
}
