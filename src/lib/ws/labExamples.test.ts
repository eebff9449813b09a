import { describe, expect, it } from 'vitest';
import { bytesToHex, inspectWire } from '../../sim';
import { findLabExample, labExamples } from './labExamples';

const hexOf = (id: string) => bytesToHex(findLabExample(id)!.bytes);

describe('labExamples', () => {
  it('reproduces the RFC 6455 §5.7 frames byte for byte', () => {
    expect(hexOf('helloUnmasked')).toBe('81 05 48 65 6c 6c 6f');
    expect(hexOf('helloMasked')).toBe('81 85 37 fa 21 3d 7f 9f 4d 51 58');
    expect(hexOf('fragmented')).toBe('01 03 48 65 6c 80 02 6c 6f');
    expect(hexOf('ping')).toBe('89 05 48 65 6c 6c 6f');
    expect(hexOf('pongMasked')).toBe('8a 85 37 fa 21 3d 7f 9f 4d 51 58');
    expect(hexOf('binary256').slice(0, 11)).toBe('82 7e 01 00');
  });

  it('decodes every RFC example cleanly as the side it is meant for', () => {
    for (const e of labExamples.filter((x) => x.group === 'rfc')) expect(inspectWire(e.bytes, { role: e.role }).ending, e.id).toEqual({ kind: 'complete' });
  });

  it('breaks exactly one rule in each malformed example', () => {
    const endings = Object.fromEntries(labExamples.filter((x) => x.group === 'malformed').map((e) => {
      const ending = inspectWire(e.bytes, { role: e.role }).ending;
      return [e.id, ending.kind === 'error' ? `${ending.error.reason} ${ending.error.closeCode}` : ending.kind];
    }));
    expect(endings).toEqual({
      unmaskedFromClient: 'expectedMask 1002',
      maskedFromServer: 'unexpectedMask 1002',
      reservedOpcode: 'reservedOpcode 1002',
      rsv1: 'rsv1 1002',
      longPing: 'controlTooLong 1002',
      fragmentedPing: 'fragmentedControl 1002',
      badUtf8: 'invalidUtf8 1007',
      closeNoStatus: 'invalidCloseCode 1002',
      truncated: 'truncated',
    });
  });

  it('stops the truncated example after 5 payload bytes of 126', () => {
    expect(inspectWire(findLabExample('truncated')!.bytes, { role: 'client' }).ending).toMatchObject({ payloadLength: 126, payloadArrived: 5 });
  });

  it('gives each example a unique id', () => {
    expect(new Set(labExamples.map((e) => e.id)).size).toBe(labExamples.length);
  });
});
