/** Korean for `i18n/stompLesson.ts` (the STOMP lesson's islands), loaded as one chunk. */
import { stompFields } from './stompFields';
import { stompUi } from './stompUi';
import { wsFields } from './wsFields';

export const stompLessonArea: readonly Readonly<Record<string, string>>[] = [stompFields, wsFields, stompUi];
