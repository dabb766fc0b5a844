import type { ConfigProblem } from '../../types.js';
import { limitItems } from './limit-items.js';
import type { MarkdownFormat } from './markdown-format.js';
import type { SectionInput } from './section-input.js';
import { tableLines } from './table-lines.js';

const HEADER = ['File', 'Line:col', 'Field', 'Problem'] as const;

/** Shown for a position or field the problem does not have. */
const NONE = '—';

/** Why the configuration could not be used, one row per problem, pointing at the exact spot. */
export function* configProblemsSection({ report, level, format }: SectionInput): Generator<string> {
  if (report.configProblems.length === 0) return;
  const { shown, hidden } = limitItems({ items: report.configProblems, max: level.rows });
  yield '';
  yield '### Configuration problems';
  yield '';
  yield* tableLines({ header: HEADER, rows: problemRows({ problems: shown, hidden, format }) });
}

function* problemRows({
  problems,
  hidden,
  format,
}: {
  problems: readonly ConfigProblem[];
  hidden: number;
  format: MarkdownFormat;
}): Generator<readonly string[]> {
  for (const problem of problems) {
    const ref = problem.ref === undefined ? '' : ` at ${format.code(problem.ref)}`;
    yield [
      `${format.code(problem.file)}${ref}`,
      position(problem),
      problem.field === undefined || problem.field === '' ? NONE : format.code(problem.field),
      format.inline(problem.message),
    ];
  }
  if (hidden > 0) yield [`… and ${hidden} more problems`, '', '', ''];
}

function position({ line, column }: ConfigProblem): string {
  if (line === undefined) return NONE;
  return column === undefined ? `${line}` : `${line}:${column}`;
}
