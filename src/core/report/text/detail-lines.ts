import type { Report } from '../../types.js';
import { fileReference } from '../file-reference.js';
import { reportOutcome } from '../report-outcome.js';
import { skipHint } from '../skip-hint.js';
import { terminalLines, terminalText } from './terminal-text.js';
import { INDENT, type TextInput } from './text-input.js';

/** The ML changes found, per area, each with `file:line`. */
export function* changeLines({ report, style }: TextInput): Generator<string> {
  const areas = report.areas.filter((area) => area.changes.length > 0);
  if (areas.length === 0) return;
  yield '';
  yield style.bold('What changed');
  for (const area of areas) {
    yield `${INDENT}${style.bold(terminalText(area.name))}`;
    for (const change of area.changes) {
      yield `${INDENT}${INDENT}${style.dim(terminalText(fileReference(change)))}  ${terminalText(change.summary)}`;
    }
  }
}

/** What the updated docs still lack, with the suggested replacement line. */
export function* findingLines({ report, style }: TextInput): Generator<string> {
  const findings = report.areas.flatMap((area) => area.findings);
  if (findings.length === 0) return;
  yield '';
  yield style.bold('Doc findings');
  for (const finding of findings) {
    yield `${INDENT}${style.dim(terminalText(fileReference(finding)))}  ${terminalText(finding.message)}`;
    if (finding.suggestion !== undefined) yield `${INDENT}${INDENT}suggested line: ${terminalText(finding.suggestion)}`;
  }
}

/** The generated changelog entry, indented so it stands apart from the report around it. */
export function* entryLines({ report, style }: TextInput): Generator<string> {
  const { changelog } = report;
  if (changelog.entry.trim() === '') return;
  const where = changelog.updated ? `${changelog.path} is updated; generated entry for comparison` : `paste into ${changelog.path}`;
  yield '';
  yield `${style.bold('Changelog entry')} (${terminalText(where)})`;
  for (const line of terminalLines(changelog.entry)) yield line === '' ? '' : `${INDENT}${line}`;
}

export function* noticeLines({ report, style }: TextInput): Generator<string> {
  if (report.notices.length === 0) return;
  yield '';
  yield style.bold('Notices');
  for (const notice of report.notices) yield `${INDENT}- ${terminalText(notice)}`;
}

/** Config problems as `file:line:col  field: message`, the form editors jump to. */
export function* configProblemLines({ report, style }: TextInput): Generator<string> {
  if (report.configProblems.length === 0) return;
  yield '';
  yield style.bold(style.red('Configuration problems'));
  for (const problem of report.configProblems) {
    const at = [problem.file, problem.line, problem.line === undefined ? undefined : problem.column].filter((part) => part !== undefined).join(':');
    const ref = problem.ref === undefined ? '' : ` (at ${problem.ref})`;
    const field = problem.field === undefined || problem.field === '' ? '' : `${problem.field}: `;
    yield `${INDENT}${terminalText(`${at}${ref}`)}  ${terminalText(`${field}${problem.message}`)}`;
  }
}

/** What was looked at, and, when docs are missing, how to skip the check on purpose. */
export function* statsLines({ report, style }: TextInput): Generator<string> {
  yield '';
  yield style.dim(statsSentence(report.stats));
  const hint = reportOutcome(report) === 'missing' ? skipHint({ skip: report.skip, code: terminalText }) : '';
  if (hint !== '') yield style.dim(hint);
}

function statsSentence({ files, ignored, docs }: Report['stats']): string {
  return `${files} changed ${files === 1 ? 'file' : 'files'}, ${ignored} ignored, ${docs} ${docs === 1 ? 'doc' : 'docs'} updated.`;
}
