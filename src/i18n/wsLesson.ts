/**
 * i18n entry for the WebSocket widget: frame and TCP field meanings and its knob
 * labels, without the other WebSocket lessons' UI sentences (`i18n/ws.ts`), which
 * the widget does not show and its page need not ship.
 */
import { registerDictionary, registerTranslation } from './index';
import { registerFieldMeanings, wsMeanings } from './fieldMeanings.svelte';
import { tcpFields } from './en/tcpFields';
import { wsFields } from './en/wsFields';
import { wsParams } from './en/wsParams';

registerDictionary(wsFields, wsParams, tcpFields);
// The frame fields' meanings load on the first field picked (`fieldMeanings.svelte.ts`).
registerFieldMeanings(wsMeanings);
registerTranslation('ko', () => import('./ko/wsLessonArea').then((m) => m.wsLessonArea));

export * from './index';
