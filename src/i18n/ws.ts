/**
 * i18n entry for the WebSocket lessons, the frame lab and their components:
 * the same `t` and `caption`, with the WebSocket field meanings and UI strings
 * registered. Import from here (not `i18n/index`) wherever those keys are used. The handshake stepper's
 * sentences ("wsui.hs.*") are not among them: its components import `i18n/wsHandshake`, which registers
 * only what the stepper shows.
 */
import { registerDictionary, registerTranslation } from './index';
import { registerFieldMeanings, wsMeanings } from './fieldMeanings.svelte';
import { wsFields } from './en/wsFields';
import { wsUi } from './en/wsUi';
import { wsUiCloseCodes } from './en/wsUiCloseCodes';

registerDictionary(wsFields, wsUi, wsUiCloseCodes);
// The frame fields' meanings load on the first field picked (`fieldMeanings.svelte.ts`).
registerFieldMeanings(wsMeanings);
registerTranslation('ko', () => import('./ko/wsArea').then((m) => m.wsArea));

export * from './index';
