import type { Report } from '../../types.js';
import { reportOutcome } from '../report-outcome.js';
import { skipHint } from '../skip-hint.js';
import { terminalText } from './terminal-text.js';
import type { TextInput } from './text-input.js';

/** What was looked at, and, when docs are missing, how to skip the check on purpose. */
export function* statsLines({ report, style }: TextInput): Generator<string> {
  yield '';
  yield style.dim(statsSentence(report.stats));
  const hint = reportOutcome(report) === 'missing' ? skipHint({ skip: report.skip, code: terminalText }) : '';
  if (hint !== '') yield style.dim(hint);
}

function statsSentence({ files, ignored, docs }: Report['stats']): string {
  const changed = `${files} changed ${files === 1 ? 'file' : 'files'}`;
  return `${changed}, ${ignored} ignored, ${docs} ${docs === 1 ? 'doc' : 'docs'} updated.`;
}
