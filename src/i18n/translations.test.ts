import { describe, expect, it } from 'vitest';

type Module = Record<string, unknown>;
const english = import.meta.glob<Module>('./en/*.ts', { eager: true });
const korean = import.meta.glob<Module>('./ko/*.ts', { eager: true });

/** The `{name}` placeholders of a template, sorted, repeats kept. */
function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/** Each exported dictionary of an area file, by export name. */
function dictionariesOf(module: Module): [string, Record<string, string>][] {
  return Object.entries(module).filter((entry): entry is [string, Record<string, string>] => typeof entry[1] === 'object' && entry[1] !== null);
}

describe('Korean dictionaries', () => {
  for (const [path, enModule] of Object.entries(english)) {
    const koPath = path.replace('./en/', './ko/');
    describe(koPath, () => {
      it('exists beside its English area file', () => {
        expect(korean[koPath], `${koPath} is missing`).toBeDefined();
      });

      for (const [name, enDictionary] of dictionariesOf(enModule)) {
        it(`translates every key of ${name}, keeping its placeholders, and adds none`, () => {
          const koDictionary = korean[koPath]?.[name] as Record<string, string> | undefined;
          expect(koDictionary, `${koPath} does not export ${name}`).toBeDefined();
          expect(Object.keys(koDictionary!).sort()).toEqual(Object.keys(enDictionary).sort());
          for (const [key, template] of Object.entries(enDictionary)) {
            expect(placeholders(koDictionary![key]!), key).toEqual(placeholders(template));
            expect(koDictionary![key]!.trim(), key).not.toBe('');
          }
        });
      }
    });
  }
});
