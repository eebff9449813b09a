/**
 * i18n entry for the compare page and widget: the same `t`, with the compare
 * strings registered. Import from here wherever "compare.*" keys are used.
 */
import { registerDictionary } from './index';
import { compare } from './en/compare';

registerDictionary(compare);

export * from './index';
