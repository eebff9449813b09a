/** Korean for `i18n/stompLesson.ts` (the STOMP lesson's islands), loaded as one chunk. */
import { stompFields } from './stompFields';
import { stompUi } from './stompUi';
import { wsFields } from './wsFields';
import { layerUi } from './layerUi';

export const stompLessonArea: readonly Readonly<Record<string, string>>[] = [stompFields, wsFields, stompUi, layerUi];
