/**
 * i18n entry for the live panel. The WebSocket close code names and meanings
 * it shows after a close come from the WebSocket area (`i18n/ws.ts`), which the
 * panel loads with the rest of its connected-run code (`lib/live/liveEngine.ts`).
 * Import from here wherever `live.*` keys are used.
 */
import { loadPageLanguage, registerDictionary, registerTranslation } from './index';
import { live } from './en/live';

registerDictionary(live);
registerTranslation('ko', () => import('./ko/live').then((m) => [m.live]));

// The live panel waits here, after registering, for a Korean page's strings (see `loadPageLanguage`). Importing
// `pageLanguageReady` from LivePanel does not work for it: this module is bundled into the panel's own chunk, which
// runs after the chunks it imports, so the wait would finish before the live strings were registered.
await loadPageLanguage();

export * from './index';
