/** Holds an island's hydration until the page language's strings of the `i18n/live` area are loaded (see `ready/core.ts`). */
import '../live';
import { loadPageLanguage } from '../index';

await loadPageLanguage();
