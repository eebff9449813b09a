// The malformed corpus (fixtures/malformedCases.ts): each input gets the error the RFC requires, never an exception.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeEvent } from './fixtures/describeEvent';
import { malformedCases, type MalformedCase } from './fixtures/malformedCases';
import { wireBytes } from './fixtures/wire';
import { MessageReader } from './messageReader';

function read(c: MalformedCase, sizes: readonly number[]) {
  const bytes = wireBytes(c.wire);
  const reader = new MessageReader({ role: c.role, maxPayload: c.maxPayload });
  const events = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const n = sizes[i % sizes.length]!;
    events.push(...reader.push(bytes.subarray(at, at + n)));
    at += n;
  }
  const beforeEnd = events.length;
  events.push(...reader.end());
  return { events, endedWithError: events.length > beforeEnd };
}

describe('malformed corpus', () => {
  it.each(malformedCases.map((c) => [c.id, c.title, c] as const))('%s: %s', (_id, _title, c) => {
    for (const sizes of [[1_000_000], [1], [2, 5, 3]]) {
      const { events, endedWithError } = read(c, sizes);
      const last = events[events.length - 1];
      expect(events.slice(0, -1).map(describeEvent)).toEqual(c.before ?? []);
      expect(last?.kind === 'error' && { code: last.error.code, closeCode: last.error.closeCode, offset: last.error.offset, rule: last.error.rule }).toEqual(c.expect);
      // Only a truncated stream waits for the end to report its error.
      expect(endedWithError).toBe(!!c.truncated);
    }
  });

  it('gives every error an i18n sentence key', () => {
    for (const c of malformedCases) {
      const last = read(c, [1_000_000]).events.at(-1);
      expect(last?.kind === 'error' && last.error.messageKey).toMatch(/^wserr\.[a-zA-Z0-9]+$/);
    }
  });

  it('never throws on arbitrary bytes in arbitrary chunks, whatever the role and limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 8 }),
        fc.constantFrom('client' as const, 'server' as const),
        fc.nat(100),
        (chunks, role, maxPayload) => {
          const reader = new MessageReader({ role, maxPayload });
          for (const chunk of chunks) reader.push(chunk);
          reader.end();
        },
      ),
      { numRuns: 3000 },
    );
  });
});
