/**
 * i18n entry for the STOMP lesson's islands: STOMP and WebSocket field meanings
 * (the inspector's layers), the knob labels, the cost table and the live section.
 */
import { registerDictionary, registerTranslation } from './index';
import { stompFields } from './en/stompFields';
import { stompUi } from './en/stompUi';
import { wsFields } from './en/wsFields';
import { layerUi } from './en/layerUi';

registerDictionary(stompFields, wsFields, stompUi, layerUi);
registerTranslation('ko', () => import('./ko/stompLessonArea').then((m) => m.stompLessonArea));

export * from './index';
