/**
 * i18n entry for the terminals: the same `t`, with the terminal strings
 * registered. Import from here (not `i18n/index`) wherever "term.*" keys are used,
 * so lesson pages without a terminal do not ship them.
 */
import { registerDictionary } from './index';
import { terminal } from './en/terminal';

registerDictionary(terminal);

export * from './index';
