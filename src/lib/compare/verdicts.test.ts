import { describe, expect, it } from 'vitest';
import { compareTechniques } from '../../sim';
import { presetKnobs } from '../../widgets/compareKnobs';
import { toCompareParams } from '../../widgets/toCompareParams';
import { pollingTradeOff, standing, verdicts } from './verdicts';

const HTTP = ['polling', 'long-polling', 'streaming'] as const;

describe('verdicts', () => {
  const cards = verdicts(compareTechniques(toCompareParams(presetKnobs('ticker')), HTTP));

  it('marks the fastest and the leanest, with ratios of 1 for them', () => {
    const streaming = cards.find((c) => c.technique === 'streaming')!;
    expect(streaming.fastest).toBe(true);
    expect(streaming.leanest).toBe(true);
    expect(streaming.latencyRatio).toBe(1);
    expect(streaming.bytesRatio).toBe(1);
  });

  it('says how many times more each other one costs', () => {
    const polling = cards.find((c) => c.technique === 'polling')!;
    const streaming = cards.find((c) => c.technique === 'streaming')!;
    expect(polling.fastest).toBe(false);
    expect(polling.bytesRatio).toBeCloseTo(polling.bytesPerEvent / streaming.bytesPerEvent, 12);
    expect(polling.latencyRatio).toBeGreaterThan(5);
  });
});

describe('standing', () => {
  it('calls a ratio under 1.05 "near" instead of printing ×1.0', () => {
    expect(standing(true, 1)).toBe('best');
    expect(standing(false, 1.006)).toBe('near');
    expect(standing(false, 1.3)).toBe('behind');
  });
});

describe('messageOverhead', () => {
  it('is the framing of each message that carried events: a whole response head for polling, a few bytes for a stream', () => {
    const [polling, , streaming] = verdicts(compareTechniques(toCompareParams(presetKnobs('ticker')), HTTP));
    expect(polling!.messageOverhead).toBeGreaterThan(100);
    expect(streaming!.messageOverhead).toBeLessThan(30);
  });
});

describe('pollingTradeOff', () => {
  it('reads "faster but costlier" at 10 events a second: about one request per event', () => {
    const t = pollingTradeOff(verdicts(compareTechniques(toCompareParams(presetKnobs('ticker')), HTTP)))!;
    expect(t.kind).toBe('costlier');
    expect(t.speedup).toBeGreaterThan(3);
    expect(t.byteRatio).toBeGreaterThan(2);
    expect(t.longPollRequests).toBe(t.events);
    expect(t.pollRequests).toBeLessThanOrEqual(11);
  });

  it('reads "faster and cheaper" when events are rare', () => {
    const t = pollingTradeOff(verdicts(compareTechniques(toCompareParams(presetKnobs('notifications')), HTTP)))!;
    expect(t.kind).toBe('cheaper');
    expect(t.byteRatio).toBeLessThan(1);
  });

  it('reads "about the same bytes" at one event per poll interval', () => {
    const knobs = { ...presetKnobs('ticker'), eventsPerMin: 60, pattern: 'random', durationS: 20 };
    const t = pollingTradeOff(verdicts(compareTechniques(toCompareParams(knobs), HTTP)))!;
    expect(t.kind).toBe('similar');
  });

  it('has nothing to say without both polling techniques', () => {
    expect(pollingTradeOff(verdicts(compareTechniques(toCompareParams(presetKnobs('chat')), ['streaming'])))).toBeUndefined();
  });
});
