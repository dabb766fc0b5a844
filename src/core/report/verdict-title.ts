import type { Report } from '../types.js';
import { reportOutcome, type Outcome } from './report-outcome.js';

const TITLES: Readonly<Record<Outcome, string>> = {
  'config-error': 'invalid configuration',
  skipped: 'skipped',
  missing: 'documentation missing',
  complete: 'documentation complete',
  'no-changes': 'no ML changes',
};

/** A few words for the outcome, the same in every output: "documentation missing". */
export function verdictTitle(report: Pick<Report, 'verdict' | 'configProblems' | 'areas'>): string {
  const outcome = reportOutcome(report);
  return outcome === 'missing' && report.verdict === 'warn' ? `${TITLES[outcome]} (not blocking)` : TITLES[outcome];
}
