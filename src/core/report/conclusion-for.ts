import type { Verdict } from '../types.js';

/** The check-run conclusions the App and the Action publish. */
export const CHECK_CONCLUSIONS = ['success', 'failure', 'neutral'] as const;
export type CheckConclusion = (typeof CHECK_CONCLUSIONS)[number];
export const isCheckConclusion = (value: string): value is CheckConclusion =>
  (CHECK_CONCLUSIONS as readonly string[]).includes(value);

/**
 * `warn` and `skipped` are `neutral`: reported and visible, yet they satisfy a required check, so
 * only `fail` blocks the merge.
 */
const CONCLUSIONS: Readonly<Record<Verdict, CheckConclusion>> = {
  pass: 'success',
  fail: 'failure',
  warn: 'neutral',
  skipped: 'neutral',
};

/** The check-run conclusion for a verdict. */
export function conclusionFor(verdict: Verdict): CheckConclusion {
  return CONCLUSIONS[verdict];
}
