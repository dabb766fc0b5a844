import { BUILT_IN_AREAS, type BuiltInArea } from '../../src/core/types.js';
import type { CaseOutcome } from './run-case.js';

/** Confusion counts and rates of one area (or of all areas together). */
export interface AreaScore {
  readonly area: BuiltInArea | 'all';
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  /** 1 when the area was never flagged: no false alarm was raised. */
  readonly precision: number;
  /** 1 when the area was never expected: nothing was missed. */
  readonly recall: number;
}

/** Where the preset and the reviewer disagree on one case. */
export interface Disagreement {
  readonly id: string;
  /** Areas flagged that the reviewer did not ask for (tolerated areas excluded). */
  readonly falseAlarms: readonly BuiltInArea[];
  /** Areas the reviewer asked for that were not flagged. */
  readonly misses: readonly BuiltInArea[];
  /** Set when the verdict differs: `expected → actual`. */
  readonly verdict?: string;
}

export interface CorpusScore {
  readonly cases: number;
  readonly areas: readonly AreaScore[];
  /** Share of cases where the preset and the reviewer agree that ML docs are (or are not) needed. */
  readonly triggerAccuracy: number;
  /** Share of cases whose verdict (pass or fail) is the reviewer's. */
  readonly verdictAccuracy: number;
  readonly disagreements: readonly Disagreement[];
}

const rate = (hits: number, total: number): number => (total === 0 ? 1 : hits / total);

function areaScore(area: AreaScore['area'], counts: { tp: number; fp: number; fn: number }): AreaScore {
  return {
    area,
    truePositives: counts.tp,
    falsePositives: counts.fp,
    falseNegatives: counts.fn,
    precision: rate(counts.tp, counts.tp + counts.fp),
    recall: rate(counts.tp, counts.tp + counts.fn),
  };
}

/**
 * Scores the preset against the reviewer's judgements. An area the case tolerates counts for
 * nothing either way; every other (case, area) pair is a true positive, a false alarm, a miss or
 * a correct silence.
 */
export function scoreCorpus(outcomes: readonly CaseOutcome[]): CorpusScore {
  const counts = new Map(BUILT_IN_AREAS.map((area) => [area, { tp: 0, fp: 0, fn: 0 }]));
  const disagreements: Disagreement[] = [];
  let triggerHits = 0;
  let verdictHits = 0;
  for (const { testCase, areas, verdict } of outcomes) {
    const tolerated = new Set(testCase.tolerated ?? []);
    const expected = new Set(testCase.expected);
    const flagged = new Set(areas.filter((area) => !tolerated.has(area)));
    const falseAlarms: BuiltInArea[] = [];
    const misses: BuiltInArea[] = [];
    for (const area of BUILT_IN_AREAS) {
      if (tolerated.has(area)) continue;
      const count = counts.get(area) as { tp: number; fp: number; fn: number };
      if (expected.has(area) && flagged.has(area)) count.tp += 1;
      else if (flagged.has(area)) {
        count.fp += 1;
        falseAlarms.push(area);
      } else if (expected.has(area)) {
        count.fn += 1;
        misses.push(area);
      }
    }
    if (flagged.size > 0 === expected.size > 0) triggerHits += 1;
    const verdictAgrees = verdict === testCase.verdict;
    if (verdictAgrees) verdictHits += 1;
    if (falseAlarms.length > 0 || misses.length > 0 || !verdictAgrees) {
      disagreements.push({
        id: testCase.id,
        falseAlarms,
        misses,
        ...(verdictAgrees ? {} : { verdict: `${testCase.verdict} → ${verdict}` }),
      });
    }
  }
  const total = [...counts.values()].reduce(
    (sum, count) => ({ tp: sum.tp + count.tp, fp: sum.fp + count.fp, fn: sum.fn + count.fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return {
    cases: outcomes.length,
    areas: [
      ...BUILT_IN_AREAS.map((area) => areaScore(area, counts.get(area) as { tp: number; fp: number; fn: number })),
      areaScore('all', total),
    ],
    triggerAccuracy: rate(triggerHits, outcomes.length),
    verdictAccuracy: rate(verdictHits, outcomes.length),
    disagreements,
  };
}

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

/** The score as a Markdown table and a list of disagreements, for humans. */
export function renderScore(score: CorpusScore): string {
  const rows = score.areas.map(
    (area) =>
      `| ${area.area} | ${area.truePositives} | ${area.falsePositives} | ${area.falseNegatives} | ${percent(area.precision)} | ${percent(area.recall)} |`,
  );
  const disagreements = score.disagreements.map((entry) => {
    const parts = [
      entry.falseAlarms.length > 0 ? `false alarm: ${entry.falseAlarms.join(', ')}` : '',
      entry.misses.length > 0 ? `missed: ${entry.misses.join(', ')}` : '',
      entry.verdict === undefined ? '' : `verdict ${entry.verdict}`,
    ].filter((part) => part !== '');
    return `- ${entry.id}: ${parts.join('; ')}`;
  });
  return [
    `Corpus: ${score.cases} pull requests`,
    '',
    '| area | true positives | false alarms | misses | precision | recall |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Docs needed or not, agreed: ${percent(score.triggerAccuracy)}`,
    `Verdict agreed: ${percent(score.verdictAccuracy)}`,
    '',
    'Disagreements:',
    ...disagreements,
  ].join('\n');
}
