import type { AreaReport, MissingDoc } from '../../types.js';
import { docLabel } from '../doc-label.js';
import { reportOutcome } from '../report-outcome.js';
import { verdictSentence } from '../verdict-sentence.js';
import { verdictTitle } from '../verdict-title.js';
import { terminalText } from './terminal-text.js';
import { INDENT, type TextInput } from './text-input.js';
import type { TextStyle } from './text-style.js';

/** The verdict line (symbol, verdict, outcome) and the sentence explaining it. */
export function* headlineLines({ report, style }: TextInput): Generator<string> {
  const outcome = reportOutcome(report);
  const title = verdictTitle(report);
  const verdict = title === report.verdict ? title.toUpperCase() : `${report.verdict.toUpperCase()}: ${title}`;
  const painted =
    outcome === 'config-error' || report.verdict === 'fail'
      ? style.red(`✗ ${verdict}`)
      : report.verdict === 'warn'
        ? style.yellow(`! ${verdict}`)
        : report.verdict === 'skipped'
          ? style.dim(`- ${verdict}`)
          : style.green(`✓ ${verdict}`);
  yield style.bold(painted);
  yield `${INDENT}${verdictSentence({ report, code: terminalText, inline: terminalText })}`;
}

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

/** Each missing document and exactly what would satisfy it. */
export function* missingLines({ report, style }: TextInput): Generator<string> {
  if (report.missing.length === 0) return;
  const areas = new Map(report.areas.map((area) => [area.name, area]));
  yield '';
  yield style.bold('Missing documentation');
  for (const missing of report.missing) yield* oneMissing({ missing, area: areas.get(missing.area), style });
}

function* oneMissing({ missing, area, style }: { missing: MissingDoc; area: AreaReport | undefined; style: TextStyle }): Generator<string> {
  const label = docLabel({ area: missing.area, code: terminalText });
  const subject = missing.area === 'changelog' ? label : `${label} for ${terminalText(missing.area)}`;
  const reason = missing.reason.trim() === '' ? '' : `: ${terminalText(missing.reason)}`;
  yield `${INDENT}${style.bold(subject)}${reason}`;
  const expected = missing.expected.map((glob) => style.cyan(terminalText(glob))).join(', ');
  const verb = missing.area === 'changelog' ? 'add an entry to' : 'add or update one of';
  yield expected === ''
    ? `${INDENT}${INDENT}no document is configured to satisfy it: add \`docs\` globs to this area in the configuration`
    : `${INDENT}${INDENT}${verb}: ${expected}`;
  if (area?.suggestedDoc !== undefined) {
    const create = `create ${style.cyan(terminalText(area.suggestedDoc))} (\`ml-docs-guard init\` writes a template)`;
    yield `${INDENT}${INDENT}this repository has no ${label} yet: ${create}`;
  }
}
