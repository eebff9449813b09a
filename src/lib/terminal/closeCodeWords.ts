// The names and meanings of the RFC's codes are the WebSocket lessons' strings.
import '../../i18n/ws';
import { t, type Lang } from '../../i18n/terminal';
import { closeCodeList } from '../../sim';

const LIBRARY_CODES = [3000, 3999] as const;
const PRIVATE_CODES = [4000, 4999] as const;

/** A close code's name and meaning: the RFC's list, then the ranges for libraries and private use. */
export function closeCodeWords(code: number, lang: Lang = 'en'): { readonly name: string; readonly meaning: string } {
  if (closeCodeList.some((entry) => entry.code === code)) return { name: t(`wsui.closeName.${code}`, undefined, lang), meaning: t(`wsui.closeCode.${code}`, undefined, lang) };
  const range = inRange(code, LIBRARY_CODES) ? 'library' : inRange(code, PRIVATE_CODES) ? 'private' : 'unknown';
  return { name: t(`term.session.code.${range}`, undefined, lang), meaning: t(`term.session.code.${range}Meaning`, undefined, lang) };
}

function inRange(code: number, [min, max]: readonly [number, number]): boolean {
  return code >= min && code <= max;
}
