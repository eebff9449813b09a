/**
 * i18n entry for the live panel: its own strings plus the WebSocket close code
 * names and meanings (from the WebSocket lessons' area). Import from here
 * wherever `live.*` keys are used.
 */
import { registerDictionary } from './ws';
import { live } from './en/live';

registerDictionary(live);

export * from './ws';
