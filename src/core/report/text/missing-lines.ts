import type { AreaReport, MissingDoc } from '../../types.js';
import { docLabel } from '../doc-label.js';
import { terminalText } from './terminal-text.js';
import { INDENT, type TextInput } from './text-input.js';
import type { TextStyle } from './text-style.js';

/** Each missing document and exactly what would satisfy it. */
export function* missingLines({ report, style }: TextInput): Generator<string> {
  if (report.missing.length === 0) return;
  const areas = new Map(report.areas.map((area) => [area.name, area]));
  yield '';
  yield style.bold('Missing documentation');
  for (const missing of report.missing) yield* oneMissing({ missing, area: areas.get(missing.area), style });
}

function* oneMissing({
  missing,
  area,
  style,
}: {
  missing: MissingDoc;
  area: AreaReport | undefined;
  style: TextStyle;
}): Generator<string> {
  const label = docLabel({ area: missing.area, code: terminalText });
  const subject = missing.area === 'changelog' ? label : `${label} for ${terminalText(missing.area)}`;
  const reason = missing.reason.trim() === '' ? '' : `: ${terminalText(missing.reason)}`;
  yield `${INDENT}${style.bold(subject)}${reason}`;
  const expected = missing.expected.map((glob) => style.cyan(terminalText(glob))).join(', ');
  const verb = missing.area === 'changelog' ? 'add an entry to' : 'add or update one of';
  yield expected === ''
    ? `${INDENT}${INDENT}no document is configured to satisfy it: add docs globs to this area in the configuration`
    : `${INDENT}${INDENT}${verb}: ${expected}`;
  if (area?.suggestedDoc !== undefined) {
    const create = `create ${style.cyan(terminalText(area.suggestedDoc))} (ml-docs-guard init writes a template)`;
    yield `${INDENT}${INDENT}this repository has no ${label} yet: ${create}`;
  }
}
