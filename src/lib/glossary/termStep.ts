/** Finds the step of a page's widget that shows a glossary term, in the run the widget starts with (default knobs). */
import { runScenario, type ScenarioName, type Timeline } from '../../sim';
import { defaultKnobs } from '../../widgets/knobs';
import { toScenarioParams } from '../../widgets/toScenarioParams';
import type { StepMatch } from './terms';

const runs = new Map<ScenarioName, Timeline>();

/** The timeline a lesson widget shows before the reader touches a knob (memoised: the glossary asks many times). */
export function defaultTimeline(scenario: ScenarioName): Timeline {
  let timeline = runs.get(scenario);
  if (!timeline) {
    timeline = runScenario(scenario, toScenarioParams(scenario, defaultKnobs()));
    runs.set(scenario, timeline);
  }
  return timeline;
}

/** The 1-based step number (as `#step=` counts) of the first step matching `match`, or undefined when the run has none. */
export function termStep(scenario: ScenarioName, match: StepMatch): number | undefined {
  const timeline = defaultTimeline(scenario);
  const index = timeline.steps.findIndex((step) => {
    if (match.kind === 'step') return step.kind === match.step;
    if (step.kind !== 'send') return false;
    const transfer = timeline.transfers.find((t) => t.id === step.transferId);
    if (!transfer || transfer.kind !== match.transfer) return false;
    if (match.from && transfer.from !== match.from) return false;
    if (match.summary && !transfer.summary.startsWith(match.summary)) return false;
    return !match.field || transfer.fields.some((f) => f.name === match.field);
  });
  return index === -1 ? undefined : index + 1;
}
