import { t, type Lang } from '../../i18n/terminal';
import type { CommandError } from './parseTerminalCommand';
import { line, type TerminalLine } from './terminalLine';

/** A refused command line, in words. */
export function commandErrorLine(error: CommandError, lang: Lang = 'en'): TerminalLine {
  const values: Record<string, string | number> = { ...error.values };
  if (error.code === 'badUrl') values.problem = t(`term.cmd.error.badUrl.${error.values.problem}`, undefined, lang);
  return line(t(`term.cmd.error.${error.code}`, values, lang), 'danger');
}
