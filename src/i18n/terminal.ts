/**
 * i18n entry for the terminals: the same `t`, with the terminal strings
 * registered. Import from here (not `i18n/index`) wherever "term.*" keys are used,
 * so lesson pages without a terminal do not ship them.
 */
import { registerDictionary, registerTranslation } from './index';
import { terminal } from './en/terminal';

registerDictionary(terminal);
registerTranslation('ko', () => import('./ko/terminal').then((m) => [m.terminal]));

export * from './index';
