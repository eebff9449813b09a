/** Holds an island's hydration until the page language's strings of the `i18n/terminal` area are loaded (see `ready/core.ts`). */
import '../terminal';
import { loadPageLanguage } from '../index';

await loadPageLanguage();
