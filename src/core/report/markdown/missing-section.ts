import type { AreaReport, MissingDoc } from '../../types.js';
import { docLabel } from '../doc-label.js';
import { limitItems, moreLine } from './limit-items.js';
import type { MarkdownFormat } from './markdown-format.js';
import type { SectionInput } from './section-input.js';

/**
 * Each missing document with exactly what would satisfy it: the globs a changed file must match,
 * and, when the repository has no such document yet, the file to create.
 */
export function* missingSection({ report, level, format }: SectionInput): Generator<string> {
  if (report.missing.length === 0) return;
  const { shown, hidden } = limitItems({ items: report.missing, max: level.rows });
  const areas = new Map(report.areas.map((area) => [area.name, area]));
  const hasEntry = report.changelog.entry.trim() !== '';
  yield '';
  yield '### Missing documentation';
  yield '';
  for (const missing of shown) {
    yield* missingLines({ missing, area: areas.get(missing.area), hasEntry, rows: level.rows, format });
  }
  if (hidden > 0) yield moreLine(hidden);
}

function* missingLines({
  missing,
  area,
  hasEntry,
  rows,
  format,
}: {
  missing: MissingDoc;
  area: AreaReport | undefined;
  hasEntry: boolean;
  rows: number;
  format: MarkdownFormat;
}): Generator<string> {
  const label = docLabel({ area: missing.area, code: format.code });
  const subject = missing.area === 'changelog' ? `**${label}**` : `**${label}** for ${format.code(missing.area)}`;
  yield missing.reason.trim() === '' ? `- ${subject}` : `- ${subject}: ${format.inline(missing.reason)}`;
  yield `  - ${remedy({ missing, hasEntry, rows, format })}`;
  if (area?.suggestedDoc !== undefined) {
    const create = `create ${format.code(area.suggestedDoc)} (\`ml-docs-guard init\` writes a template)`;
    yield `  - This repository has no ${label} yet: ${create}.`;
  }
}

function remedy({
  missing,
  hasEntry,
  rows,
  format,
}: {
  missing: MissingDoc;
  hasEntry: boolean;
  rows: number;
  format: MarkdownFormat;
}): string {
  const { shown, hidden } = limitItems({ items: missing.expected, max: rows });
  if (shown.length === 0) {
    return 'No document is configured to satisfy it: add `docs` globs to this area in the configuration.';
  }
  const globs = `${shown.map(format.code).join(', ')}${hidden > 0 ? ` and ${hidden} more` : ''}`;
  if (missing.area === 'changelog') {
    return hasEntry ? `Add the entry below to ${globs}.` : `Add an entry to ${globs}.`;
  }
  return `Add or update one of: ${globs}.`;
}
