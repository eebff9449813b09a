/** Holds an island's hydration until the page language's strings of the `i18n/stompLesson` area are loaded (see `ready/core.ts`). */
import '../stompLesson';
import { loadPageLanguage } from '../index';

await loadPageLanguage();
