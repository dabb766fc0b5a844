import type { Report } from '../types.js';

/**
 * What a report amounts to for a reader. Finer than the verdict: a failed config and missing docs
 * both fail, and a pass with nothing triggered reads differently from a pass with docs updated.
 */
export const OUTCOMES = ['config-error', 'skipped', 'missing', 'complete', 'no-changes'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const isOutcome = (value: string): value is Outcome => (OUTCOMES as readonly string[]).includes(value);

/** The outcome every renderer leads with. Config problems win: the PR was not judged at all. */
export function reportOutcome(report: Pick<Report, 'verdict' | 'configProblems' | 'areas'>): Outcome {
  if (report.configProblems.length > 0) return 'config-error';
  switch (report.verdict) {
    case 'skipped':
      return 'skipped';
    case 'fail':
    case 'warn':
      return 'missing';
    case 'pass':
      return report.areas.length > 0 ? 'complete' : 'no-changes';
  }
}
