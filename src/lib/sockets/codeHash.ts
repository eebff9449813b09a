/** The code panel's language in the URL hash (`#step=12&code=python`), beside the player's position. */
import { formatHashState, parseHashState } from '../hashState';
import { isCodeLanguage, type CodeLanguage } from './codeLanguages';

const CODE_KEY = 'code';

/** The language a hash names, or undefined (absent or unknown). */
export function readCodeLanguage(hash: string): CodeLanguage | undefined {
  for (const part of parseHashState(hash).others) {
    const [key, value = ''] = part.split('=', 2);
    if (key === CODE_KEY && isCodeLanguage(value)) return value;
  }
  return undefined;
}

/** `hash` with its code language set to `language`, every other part kept as it was. */
export function writeCodeLanguage(hash: string, language: CodeLanguage): string {
  const state = parseHashState(hash);
  const others = state.others.filter((part) => part.split('=', 1)[0] !== CODE_KEY);
  return formatHashState({ position: state.position, others: [...others, `${CODE_KEY}=${language}`] });
}
