/** Holds an island's hydration until the page language's strings of the `i18n/ws` area are loaded (see `ready/core.ts`). */
import '../ws';
import { loadPageLanguage } from '../index';

await loadPageLanguage();
