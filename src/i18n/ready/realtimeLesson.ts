/** Holds an island's hydration until the page language's strings of the `i18n/realtimeLesson` area are loaded (see `ready/core.ts`). */
import '../realtimeLesson';
import { loadPageLanguage } from '../index';

await loadPageLanguage();
