/** The glossary as a page in one language shows it: terms in that language's order, each with its link. */
import type { Lang } from '../../i18n/languages';
import { localizedPath } from '../../i18n/localizedPath';
import { glossaryTerms, type GlossaryTerm } from './terms';
import { termStep } from './termStep';

/** One row of the glossary page. */
export interface GlossaryEntry {
  readonly id: string;
  /** The term in the page's language, and in the other one. */
  readonly term: string;
  readonly other: string;
  readonly also?: string;
  readonly definition: string;
  /** The page where the term appears, in the page's language (`/ko/polling`). */
  readonly pageHref: string;
  /** The same page opened at the widget's step that shows the term (`/ko/polling#step=2`), when there is one. */
  readonly stepHref?: string;
  readonly step?: number;
}

function entry(term: GlossaryTerm, lang: Lang): GlossaryEntry {
  const pageHref = localizedPath(term.place.path, lang);
  const step = term.place.step ? termStep(term.place.step.scenario, term.place.step.match) : undefined;
  return {
    id: term.id,
    term: lang === 'ko' ? term.ko : term.en,
    other: lang === 'ko' ? term.en : term.ko,
    ...(lang === 'ko' && term.alsoKo ? { also: term.alsoKo } : {}),
    definition: term.definition[lang],
    pageHref,
    ...(step !== undefined ? { step, stepHref: `${pageHref}#step=${step}` } : {}),
  };
}

/** Every term, sorted as a reader of `lang` expects (Korean in 가나다 order, with Latin-script terms after). */
export function glossaryEntries(lang: Lang): GlossaryEntry[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  return glossaryTerms.map((term) => entry(term, lang)).sort((a, b) => collator.compare(a.term, b.term));
}
