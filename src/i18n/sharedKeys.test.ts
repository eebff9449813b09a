// A key may sit in several dictionary areas (the knob labels `params.*` are shared by the lessons and the compare
// page). Pages merge the areas they load, so two different texts for one key would make a label depend on which
// area loaded last — it changed after hydration on the compare embed. One key, one text, per language.
import { describe, expect, it } from 'vitest';

type Dictionary = Record<string, string>;
const english = import.meta.glob<Record<string, unknown>>('./en/*.ts', { eager: true });
const korean = import.meta.glob<Record<string, unknown>>('./ko/*.ts', { eager: true });

/** Every key defined in more than one area, with the texts that differ: `key → [area: text, …]`. */
function conflicts(modules: Record<string, Record<string, unknown>>): Record<string, string[]> {
  const seen = new Map<string, Map<string, string>>();
  for (const [file, module] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(module)) {
      if (value === null || typeof value !== 'object') continue;
      for (const [key, text] of Object.entries(value as Dictionary)) {
        if (typeof text !== 'string') continue;
        const texts = seen.get(key) ?? new Map<string, string>();
        texts.set(`${file}#${name}`, text);
        seen.set(key, texts);
      }
    }
  }
  const out: Record<string, string[]> = {};
  for (const [key, texts] of seen) {
    if (new Set(texts.values()).size > 1) out[key] = [...texts].map(([area, text]) => `${area}: ${text}`);
  }
  return out;
}

describe('dictionary areas', () => {
  it('read every English and Korean area (the check below has something to compare)', () => {
    expect(Object.keys(english).length).toBeGreaterThan(10);
    // Korean also has the area bundles that gather several dictionaries for one lazy import.
    expect(Object.keys(korean).length).toBeGreaterThanOrEqual(Object.keys(english).length);
  });

  it.each([['English', english], ['Korean', korean]] as const)('give a key shared by several areas one %s text', (_, modules) => {
    expect(conflicts(modules)).toEqual({});
  });
});
