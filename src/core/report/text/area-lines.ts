import type { AreaReport } from '../../types.js';
import { terminalText } from './terminal-text.js';
import { INDENT, type TextInput } from './text-input.js';
import type { TextStyle } from './text-style.js';

/** Each triggered area with its status, the files that triggered it and the docs that met it. */
export function* areaLines({ report, style }: TextInput): Generator<string> {
  if (report.areas.length === 0) return;
  yield '';
  yield style.bold('Areas');
  for (const area of report.areas) yield* oneArea({ area, style, warn: report.verdict === 'warn' });
  const { changelog } = report;
  const changelogMissing = report.missing.some((missing) => missing.area === 'changelog');
  if (changelog.updated) yield `${INDENT}changelog  ${style.green('met')}  ${terminalText(changelog.path)}`;
  else if (changelogMissing) yield `${INDENT}changelog  ${missingMark({ style, warn: report.verdict === 'warn' })}`;
}

function* oneArea({ area, style, warn }: { area: AreaReport; style: TextStyle; warn: boolean }): Generator<string> {
  const status = area.satisfied ? style.green('met') : missingMark({ style, warn });
  yield `${INDENT}${style.bold(terminalText(area.name))}  ${status}`;
  for (const file of area.files) yield `${INDENT}${INDENT}changed: ${terminalText(file)}`;
  for (const doc of area.docs) yield `${INDENT}${INDENT}doc:     ${terminalText(doc)}`;
}

const missingMark = ({ style, warn }: { style: TextStyle; warn: boolean }): string =>
  warn ? style.yellow('missing') : style.red('missing');
