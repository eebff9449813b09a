/** Holds an island's hydration until the page language's strings of the `i18n/wsLesson` area are loaded (see `ready/core.ts`). */
import '../wsLesson';
import { loadPageLanguage } from '../index';

await loadPageLanguage();
