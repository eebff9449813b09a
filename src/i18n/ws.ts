/**
 * i18n entry for the WebSocket lessons, the frame lab and their components:
 * the same `t` and `caption`, with the WebSocket field meanings and UI strings
 * registered. Import from here (not `i18n/index`) wherever those keys are used.
 */
import { loadPageLanguage, registerDictionary, registerTranslation } from './index';
import { wsFields } from './en/wsFields';
import { wsUi } from './en/wsUi';

registerDictionary(wsFields, wsUi);
registerTranslation('ko', () => import('./ko/wsArea').then((m) => m.wsArea));

// A Korean page's islands hydrate only once these strings are loaded too (see `loadPageLanguage`).
await loadPageLanguage();

export * from './index';
