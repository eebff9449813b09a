/** Holds an island's hydration until the page language's strings of the `i18n/compare` area are loaded (see `ready/core.ts`). */
import '../compare';
import { loadPageLanguage } from '../index';

await loadPageLanguage();
