/** Korean for `i18n/wsLesson.ts` (the WebSocket widget), loaded as one chunk. */
import { tcpFields } from './tcpFields';
import { wsFields } from './wsFields';
import { wsParams } from './wsParams';

export const wsLessonArea: readonly Readonly<Record<string, string>>[] = [wsFields, wsParams, tcpFields];
