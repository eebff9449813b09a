// engine.io's HTTP error bodies: the table, their annotation, reading them back.
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../bytes/utf8';
import { fieldTiling } from '../ws/fieldTiling';
import { ENGINE_IO_HTTP_ERRORS, encodeEngineIoHttpError, parseEngineIoHttpError } from './handshakeErrors';

describe('engine.io HTTP errors', () => {
  it('writes "Session ID unknown" as engine.io does, and annotates code and message', () => {
    const { bytes, fields } = encodeEngineIoHttpError(ENGINE_IO_HTTP_ERRORS[1]!);
    expect(decodeUtf8(bytes)).toBe('{"code":1,"message":"Session ID unknown"}');
    expect(fieldTiling(fields, bytes.length)).toEqual({ ok: true });
    expect(fields.find((f) => f.name === 'eio-error:code')?.meaning).toBe('eiofield.httpError.UNKNOWN_SID');
  });

  it('lets a 403 carry the reason allowRequest gave', () => {
    const forbidden = ENGINE_IO_HTTP_ERRORS.find((e) => e.name === 'FORBIDDEN')!;
    expect(forbidden.status).toBe(403);
    expect(decodeUtf8(encodeEngineIoHttpError(forbidden, 'Too many connections').bytes)).toBe('{"code":4,"message":"Too many connections"}');
  });

  it('reads each body back to its row, and nothing from a body that is not one', () => {
    for (const e of ENGINE_IO_HTTP_ERRORS) expect(parseEngineIoHttpError(decodeUtf8(encodeEngineIoHttpError(e).bytes))).toBe(e);
    expect(parseEngineIoHttpError('{"code":9}')).toBeUndefined();
    expect(parseEngineIoHttpError('nope')).toBeUndefined();
    expect(parseEngineIoHttpError('null')).toBeUndefined();
  });
});
