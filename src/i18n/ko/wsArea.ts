/** Korean for `i18n/ws.ts` (the WebSocket lessons and the frame lab), loaded as one chunk. */
import { wsFields } from './wsFields';
import { wsUi } from './wsUi';
import { wsUiCloseCodes } from './wsUiCloseCodes';

export const wsArea: readonly Readonly<Record<string, string>>[] = [wsFields, wsUi, wsUiCloseCodes];
