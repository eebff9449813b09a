/**
 * i18n entry for the strings only Astro pages render (language switch, home table, glossary, 404). Imported from
 * `.astro` files only, so no island carries them. Both languages are registered; pages await `loadLanguage`.
 */
import { registerDictionary, registerTranslation } from './index';
import { site } from './en/site';

registerDictionary(site);
registerTranslation('ko', () => import('./ko/site').then((m) => [m.site]));

export * from './index';
