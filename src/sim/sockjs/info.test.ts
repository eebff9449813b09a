// SockJS's /info answer: written in sockjs-node's member order, annotated, read back.
import { describe, expect, it } from 'vitest';
import { fieldTiling } from '../ws/fieldTiling';
import { encodeSockJsInfo, parseSockJsInfo } from './info';

const info = { websocket: true, origins: ['*:*'], cookie_needed: false, entropy: 3149512345 };

describe('SockJS /info', () => {
  it('writes websocket, origins, cookie_needed, entropy in that order, each annotated', () => {
    const out = encodeSockJsInfo(info);
    expect(out.text).toBe('{"websocket":true,"origins":["*:*"],"cookie_needed":false,"entropy":3149512345}');
    expect(fieldTiling(out.fields, out.bytes.length)).toEqual({ ok: true });
    expect(out.fields.filter((f) => f.name.startsWith('info:')).map((f) => f.meaning)).toEqual(['sockjsfield.info.websocket', 'sockjsfield.info.origins', 'sockjsfield.info.cookie_needed', 'sockjsfield.info.entropy']);
  });

  it('reads it back, and refuses a body missing a member or not JSON', () => {
    expect(parseSockJsInfo(encodeSockJsInfo(info).text)).toEqual(info);
    expect(parseSockJsInfo('{"websocket":true}')).toBeUndefined();
    expect(parseSockJsInfo('{')).toBeUndefined();
    expect(parseSockJsInfo('null')).toBeUndefined();
  });
});
