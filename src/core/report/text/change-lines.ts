import { fileReference } from '../file-reference.js';
import { terminalText } from './terminal-text.js';
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
