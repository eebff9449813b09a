/**
 * The Accept-Language header Chromium writes for the page's languages (navigator.languages): each language,
 * with its base language added after a run of its regional variants when missing ("en-US" → "en-US,en"), then
 * quality values falling by 0.1 from the second entry on, never below 0.1 ("en-US,en;q=0.9").
 */

const Q_STEP = 0.1;
const Q_MIN = 0.1;

/** The header value for `languages`, as Chromium generates it from its language list. */
export function acceptLanguageOf(languages: readonly string[]): string {
  const expanded: string[] = [];
  const add = (code: string): void => { if (code && !expanded.includes(code)) expanded.push(code); };
  languages.forEach((language, i) => {
    add(language);
    const base = language.split('-')[0]!;
    // The base goes after the last consecutive variant of the same base ("en-US, en-GB" → "en-US, en-GB, en").
    if (base !== languages[i + 1]?.split('-')[0]) add(base);
  });
  let q = 1;
  return expanded.map((code, i) => {
    if (i === 0) return code;
    q = Math.max(Q_MIN, Math.round((q - Q_STEP) * 10) / 10);
    return `${code};q=${q.toFixed(1)}`;
  }).join(',');
}
