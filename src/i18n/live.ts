/**
 * i18n entry for the live panel. The WebSocket close code names and meanings
 * it shows after a close come from the WebSocket area (`i18n/ws.ts`), which the
 * panel loads with the rest of its connected-run code (`lib/live/liveEngine.ts`).
 * Import from here wherever `live.*` keys are used.
 */
import { registerDictionary, registerTranslation } from './index';
import { live } from './en/live';

registerDictionary(live);
registerTranslation('ko', () => import('./ko/live').then((m) => [m.live]));

export * from './index';
