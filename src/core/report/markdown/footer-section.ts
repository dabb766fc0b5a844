import type { Report } from '../../types.js';
import { reportOutcome } from '../report-outcome.js';
import { skipHint } from '../skip-hint.js';
import type { SectionInput } from './section-input.js';

const TRUNCATED_NOTE = "Some details are left out to fit GitHub's size limit; `ml-docs-guard check` prints the full report.";

/**
 * One small line: what was looked at, and, when docs are missing, how to skip the check on
 * purpose. `truncated` adds where to find what a shrunk report left out.
 */
export function* footerSection({ report, format, truncated }: SectionInput & { readonly truncated: boolean }): Generator<string> {
  const parts = [statsSentence(report.stats)];
  if (reportOutcome(report) === 'missing') parts.push(skipHint({ skip: report.skip, code: format.code }));
  if (truncated) parts.push(TRUNCATED_NOTE);
  yield '';
  yield `<sub>${parts.filter((part) => part !== '').join(' ')}</sub>`;
}

function statsSentence({ files, ignored, docs }: Report['stats']): string {
  return `${count(files, 'changed file')}, ${ignored} ignored, ${count(docs, 'doc')} updated.`;
}

const count = (value: number, noun: string): string => `${value} ${noun}${value === 1 ? '' : 's'}`;
