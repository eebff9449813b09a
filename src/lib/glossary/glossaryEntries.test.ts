import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unlocalizedPath } from '../../i18n/localizedPath';
import { glossaryEntries } from './glossaryEntries';
import { glossaryTerms } from './terms';
import { defaultTimeline, termStep } from './termStep';

const root = join(import.meta.dirname, '..', '..', '..');

/** The source file of an English page path (`/websocket` → src/pages/websocket.astro or src/pages/websocket/index.astro). */
function pageExists(path: string): boolean {
  const bare = unlocalizedPath(path.split('#')[0]!);
  const base = join(root, 'src', 'pages', bare === '/' ? 'index' : bare.slice(1));
  return existsSync(`${base}.astro`) || existsSync(join(base, 'index.astro'));
}

/** The English → Korean pairs of the README's term list (the table under "Term list"). */
function readmeTerms(): { en: string; ko: string }[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('**Term list**'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('|')));
  return table
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| English') && !line.startsWith('|---'))
    .map((line) => {
      const [en, ko] = line.split('|').slice(1, 3).map((cell) => cell.trim());
      return { en: en!, ko: ko! };
    });
}

describe('glossary', () => {
  it('has every term of the README term list, in English and in Korean', () => {
    const terms = readmeTerms();
    expect(terms.length).toBeGreaterThanOrEqual(10);
    const missing = terms.filter(({ en, ko }) => !glossaryTerms.some((t) => t.en.toLowerCase().startsWith(en.toLowerCase()) && (t.ko.startsWith(ko) || t.alsoKo === ko)));
    expect(missing).toEqual([]);
  });

  it('links every term to a page that exists, in both languages', () => {
    for (const lang of ['en', 'ko'] as const) {
      const broken = glossaryEntries(lang).filter((e) => !pageExists(e.pageHref)).map((e) => e.pageHref);
      expect(broken).toEqual([]);
    }
  });

  it('finds, in the widget’s default run, the step every step link promises', () => {
    const unmatched = glossaryTerms.filter((t) => t.place.step && termStep(t.place.step.scenario, t.place.step.match) === undefined).map((t) => t.id);
    expect(unmatched).toEqual([]);
  });

  it('points a field link at a step whose transfer has that field', () => {
    for (const term of glossaryTerms) {
      const step = term.place.step;
      if (!step || step.match.kind !== 'transfer' || !step.match.field) continue;
      const timeline = defaultTimeline(step.scenario);
      const shown = timeline.steps[termStep(step.scenario, step.match)! - 1]!;
      expect(shown.kind).toBe('send');
      const transfer = timeline.transfers.find((t) => 'transferId' in shown && t.id === shown.transferId)!;
      expect(transfer.fields.map((f) => f.name)).toContain(step.match.field);
    }
  });

  it('opens the handshake link at the upgrade request and the masking-key link at a client frame', () => {
    const en = glossaryEntries('en');
    const handshake = en.find((e) => e.id === 'handshake')!;
    expect(handshake.stepHref).toBe(`/websocket#step=${handshake.step}`);
    const timeline = defaultTimeline('websocket');
    const upgrade = timeline.steps[handshake.step! - 1]!;
    expect(upgrade.kind === 'send' && timeline.transfers.find((t) => t.id === upgrade.transferId)?.summary).toMatch(/Upgrade/);
    const key = glossaryEntries('ko').find((e) => e.id === 'masking-key')!;
    expect(key.stepHref).toMatch(/^\/ko\/websocket#step=\d+$/);
  });

  it('has unique anchors and a definition in each language', () => {
    const ids = glossaryTerms.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const term of glossaryTerms) {
      expect(term.definition.en.length).toBeGreaterThan(10);
      expect(term.definition.ko).toMatch(/[\uAC00-\uD7A3]/);
    }
  });

  it('sorts the Korean glossary in 가나다 order', () => {
    const hangul = glossaryEntries('ko').map((e) => e.term).filter((term) => /^[\uAC00-\uD7A3]/.test(term));
    expect(hangul).toEqual([...hangul].sort((a, b) => a.localeCompare(b, 'ko')));
  });
});

describe('codeSpans', () => {
  it('marks the backticked parts of a definition as code', async () => {
    const { codeSpans } = await import('./codeSpans');
    expect(codeSpans('with `Upgrade: websocket` and `101`.')).toEqual([
      { code: false, text: 'with ' },
      { code: true, text: 'Upgrade: websocket' },
      { code: false, text: ' and ' },
      { code: true, text: '101' },
      { code: false, text: '.' },
    ]);
  });
});
