import { describe, expect, it } from 'vitest';
import { CLOSE_PROTOCOL_ERROR } from '../../sim';
import { framingMyth } from './framingMyth';

describe('framingMyth', () => {
  const myth = framingMyth();

  it('shows the 2010 draft bytes of "Hello" as 00 … ff', () => {
    expect(myth.hixie.hex).toBe('00 48 65 6c 6c 6f ff');
  });

  it('shows the RFC 6455 bytes of the same message as the RFC §5.7 example', () => {
    expect(myth.server.hex).toBe('81 05 48 65 6c 6c 6f');
    expect(myth.client.hex).toBe('81 85 37 fa 21 3d 7f 9f 4d 51 58');
  });

  it('counts what each framing adds to the 5-byte payload', () => {
    expect([myth.payloadBytes, myth.hixie.overhead, myth.server.overhead, myth.client.overhead]).toEqual([5, 2, 2, 6]);
  });

  it('has an RFC 6455 receiver refuse the old bytes with 1002: 0x00 reads as a continuation with nothing to continue', () => {
    expect(myth.rejection).toEqual({ reason: 'continuationWithoutStart', closeCode: CLOSE_PROTOCOL_ERROR, offset: 0 });
  });

  it('links both byte strings to the frame lab, read by a client', () => {
    expect(myth.hixieLab).toBe('#hex=0048656c6c6fff&role=client');
    expect(myth.serverLab).toBe('#hex=810548656c6c6f&role=client');
  });
});
