import { fileReference } from '../file-reference.js';
import { terminalText } from './terminal-text.js';
import { INDENT, type TextInput } from './text-input.js';
import { groupFindings } from '../group-findings.js';

/** What the updated docs still lack, with the suggested replacement line. */
export function* findingLines({ report, style }: TextInput): Generator<string> {
  const findings = groupFindings(report.areas.flatMap((area) => area.findings));
  if (findings.length === 0) return;
  yield '';
  yield style.bold('Doc findings');
  for (const finding of findings) {
    yield `${INDENT}${style.dim(terminalText(fileReference(finding)))}  ${terminalText(finding.message)}`;
    if (finding.suggestion !== undefined) yield `${INDENT}${INDENT}suggested line: ${terminalText(finding.suggestion)}`;
  }
}
