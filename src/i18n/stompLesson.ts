/**
 * i18n entry for the STOMP lesson's islands: STOMP and WebSocket field meanings
 * (the inspector's layers), the knob labels, the cost table and the live section.
 */
import { registerDictionary, registerTranslation } from './index';
import { registerFieldMeanings, wsMeanings } from './fieldMeanings.svelte';
import { stompFields } from './en/stompFields';
import { stompUi } from './en/stompUi';
import { wsFields } from './en/wsFields';
import { layerUi } from './en/layerUi';

registerDictionary(stompFields, wsFields, stompUi, layerUi);
// The frame fields' meanings load on the first field picked (`fieldMeanings.svelte.ts`).
registerFieldMeanings(wsMeanings);
registerTranslation('ko', () => import('./ko/stompLessonArea').then((m) => m.stompLessonArea));

export * from './index';
