import type { AreaReport, Report } from '../../types.js';
import { detailsLines } from './details-lines.js';
import { limitItems, moreLine } from './limit-items.js';
import type { SectionInput } from './section-input.js';
import { tableLines } from './table-lines.js';

/** Paths named in a table cell; more would make the table unreadable, so they are listed below. */
const FILES_IN_TABLE = 3;

/** Shown in a cell that has nothing to show, so an empty cell never looks like a rendering bug. */
const NONE = '—';

const HEADER = ['Area', 'Triggered by', 'Status', 'Satisfied by'] as const;

/**
 * The areas table: each triggered area, the files that triggered it (the evidence), whether its
 * documentation requirement is met and by which doc; the changelog requirement as a last row.
 * Areas with many files get their full list in a folded block under the table.
 */
export function* areasSection({ report, level, format }: SectionInput): Generator<string> {
  if (report.areas.length === 0) return;
  const { shown, hidden } = limitItems({ items: report.areas, max: level.rows });
  const filesInCell = Math.min(FILES_IN_TABLE, level.filesPerArea);
  yield '';
  yield* tableLines({ header: HEADER, rows: areaRows({ report, shown, hidden, filesInCell, code: format.code }) });
  if (level.filesPerArea <= FILES_IN_TABLE) return;
  for (const area of shown) {
    if (area.files.length <= FILES_IN_TABLE) continue;
    const files = limitItems({ items: area.files, max: level.filesPerArea });
    yield '';
    yield* detailsLines({
      summary: `All ${area.files.length} files that triggered ${format.clip(area.name)}`,
      lines: fileLines({ files: files.shown, hidden: files.hidden, code: format.code }),
    });
  }
}

function* areaRows({
  report,
  shown,
  hidden,
  filesInCell,
  code,
}: {
  report: Report;
  shown: readonly AreaReport[];
  hidden: number;
  filesInCell: number;
  code: (text: string) => string;
}): Generator<readonly string[]> {
  const missingMark = report.verdict === 'warn' ? '⚠️ missing' : '❌ missing';
  for (const area of shown) {
    yield [
      code(area.name),
      pathsCell({ paths: area.files, max: filesInCell, code }),
      area.satisfied ? '✅ met' : missingMark,
      pathsCell({ paths: area.docs, max: filesInCell, code }),
    ];
  }
  if (hidden > 0) yield [`… and ${hidden} more areas`, '', '', ''];
  const { changelog } = report;
  const changelogMissing = report.missing.some((missing) => missing.area === 'changelog');
  if (!changelog.updated && !changelogMissing) return;
  const status = changelog.updated ? '✅ met' : missingMark;
  yield ['changelog', NONE, status, changelog.updated ? code(changelog.path) : NONE];
}

function pathsCell({ paths, max, code }: { paths: readonly string[]; max: number; code: (text: string) => string }): string {
  if (paths.length === 0) return NONE;
  if (max <= 0) return paths.length === 1 ? '1 file' : `${paths.length} files`;
  const { shown, hidden } = limitItems({ items: paths, max });
  const listed = shown.map(code).join(', ');
  return hidden > 0 ? `${listed} and ${hidden} more` : listed;
}

function* fileLines({
  files,
  hidden,
  code,
}: {
  files: readonly string[];
  hidden: number;
  code: (text: string) => string;
}): Generator<string> {
  for (const file of files) yield `- ${code(file)}`;
  if (hidden > 0) yield moreLine(hidden);
}
