/**
 * i18n entry for the compare page and widget: the same `t`, with the compare
 * strings registered. Import from here wherever "compare.*" keys are used.
 */
import { registerDictionary, registerTranslation } from './index';
import { compare } from './en/compare';

registerDictionary(compare);
registerTranslation('ko', () => import('./ko/compare').then((m) => [m.compare]));

export * from './index';
