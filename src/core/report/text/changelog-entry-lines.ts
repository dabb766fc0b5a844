import { terminalLines, terminalText } from './terminal-text.js';
import { INDENT, type TextInput } from './text-input.js';

/** The generated changelog entry, indented so it stands apart from the report around it. */
export function* changelogEntryLines({ report, style }: TextInput): Generator<string> {
  const { changelog } = report;
  if (changelog.entry.trim() === '') return;
  const where = changelog.updated
    ? `${changelog.path} is updated; generated entry for comparison`
    : `paste into ${changelog.path}`;
  yield '';
  yield `${style.bold('Changelog entry')} (${terminalText(where)})`;
  for (const line of terminalLines(changelog.entry)) yield line === '' ? '' : `${INDENT}${line}`;
}
