/**
 * i18n entry for the compare page and widget: the same `t`, with the compare
 * strings registered. Import from here wherever "compare.*" keys are used.
 */
import { loadPageLanguage, registerDictionary, registerTranslation } from './index';
import { compare } from './en/compare';

registerDictionary(compare);
registerTranslation('ko', () => import('./ko/compare').then((m) => [m.compare]));

// A Korean page's islands hydrate only once these strings are loaded too (see `loadPageLanguage`).
await loadPageLanguage();

export * from './index';
