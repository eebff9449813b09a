import { t, type Lang } from '../../i18n/terminal';
import { line, type TerminalLine } from './terminalLine';

/** The /help text. */
export function helpLines(lang: Lang = 'en'): TerminalLine[] {
  const names = ['send', 'connect', 'ping', 'binary', 'close', 'hex', 'clear', 'help'];
  const usages = names.map((name) => t(`term.session.help.${name}`, undefined, lang));
  const width = Math.max(...usages.map((usage) => usage.length)) + 2;
  const rows = names.map((name, i): TerminalLine => [{ text: `  ${usages[i]!.padEnd(width)}`, tone: 'accent' }, { text: t(`term.session.help.${name}.text`, undefined, lang) }]);
  return [line(t('term.session.helpTitle', undefined, lang), 'accent'), ...rows];
}
