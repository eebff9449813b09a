/**
 * The compare widget's opening figures, simulated at build time: the page's
 * frontmatter hands them to the island, which then needs no simulator until the
 * reader changes something.
 */
import { compareTechniques } from '../../sim';
import { defaultCompareKnobs, type CompareKnobs } from '../../widgets/compareKnobs';
import { toCompareParams } from '../../widgets/toCompareParams';
import { verdicts, type Verdict } from './verdicts';

/** The default knobs and the cards the simulator gives for them. */
export function defaultComparison(): { knobs: CompareKnobs; cards: Verdict[] } {
  const knobs = defaultCompareKnobs();
  return { knobs, cards: verdicts(compareTechniques(toCompareParams(knobs))) };
}
