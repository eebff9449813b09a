import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { fields as dictionary } from '../../i18n/en/fields';

const here = dirname(fileURLToPath(import.meta.url));
const sources = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const KEY = /'(field\.[A-Za-z.]+)'/g;

describe('field meaning keys', () => {
  it('has an English sentence for every "field.*" key the HTTP codec can emit', () => {
    const used = new Set<string>();
    for (const file of sources) for (const m of readFileSync(join(here, file), 'utf8').matchAll(KEY)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !(k in dictionary))).toEqual([]);
  });
});
