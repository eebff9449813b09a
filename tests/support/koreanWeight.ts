/** Compares the JavaScript a Korean page loads with its English twin's: the difference may only be Korean strings. */
import type { ScriptWeight } from './jsWeight';

// A dictionary chunk is Korean text: most of its letters are Hangul. Code chunks have hardly any.
const HANGUL = /[\uAC00-\uD7A3]/g;
const LETTER = /\p{L}/gu;
const STRINGS_SHARE = 0.3;

/**
 * The script's path with its content hash: both pages come from the same build, so a chunk they share has the same
 * name, and a Korean dictionary named like an English module (`ko/wsFields.ts` beside `en/wsFields.ts`) does not.
 */
function chunkName(url: string): string {
  return new URL(url).pathname;
}

/** Whether a loaded script is a Korean dictionary (decided from its text). */
export function isKoreanStrings(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0;
  return letters > 0 && (text.match(HANGUL)?.length ?? 0) / letters > STRINGS_SHARE;
}

/**
 * Scripts the Korean page loads that its English twin does not: `strings` is the gzip weight of those that are Korean
 * dictionaries, `notStrings` names the others (should be none), `extra` is the Korean page's gzip weight beyond the English.
 */
export function koreanStringsAllowance(english: readonly ScriptWeight[], korean: readonly ScriptWeight[]) {
  const englishNames = new Set(english.map((w) => chunkName(w.url)));
  const onlyKorean = korean.filter((w) => !englishNames.has(chunkName(w.url)));
  const strings = onlyKorean.filter((w) => w.text !== undefined && isKoreanStrings(w.text));
  const sum = (ws: readonly ScriptWeight[]) => ws.reduce((total, w) => total + w.gzipBytes, 0);
  return {
    strings: sum(strings),
    notStrings: onlyKorean.filter((w) => !strings.includes(w)).map((w) => chunkName(w.url)),
    extra: sum(korean) - sum(english),
  };
}
