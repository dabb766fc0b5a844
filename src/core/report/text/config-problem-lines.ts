import { terminalText } from './terminal-text.js';
import { INDENT, type TextInput } from './text-input.js';

/** Config problems as `file:line:col  field: message`, the form editors jump to. */
export function* configProblemLines({ report, style }: TextInput): Generator<string> {
  if (report.configProblems.length === 0) return;
  yield '';
  yield style.bold(style.red('Configuration problems'));
  for (const problem of report.configProblems) {
    const position = problem.line === undefined ? [] : [problem.line, problem.column];
    const at = [problem.file, ...position].filter((part) => part !== undefined).join(':');
    const ref = problem.ref === undefined ? '' : ` (at ${problem.ref})`;
    const field = problem.field === undefined || problem.field === '' ? '' : `${problem.field}: `;
    yield `${INDENT}${terminalText(`${at}${ref}`)}  ${terminalText(`${field}${problem.message}`)}`;
  }
}
