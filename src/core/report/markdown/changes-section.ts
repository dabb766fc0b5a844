import type { AreaReport, Change } from '../../types.js';
import { fileReference } from '../file-reference.js';
import { foldWhenLong } from './details-lines.js';
import { limitItems, moreLine } from './limit-items.js';
import type { MarkdownFormat } from './markdown-format.js';
import type { SectionInput } from './section-input.js';

/**
 * The ML changes found in the diff, per area: what a reviewer and the changelog care about
 * (a learning rate, a dataset version, an image tag), each with the line it is on. When the
 * report must shrink, per-change details give way to counts.
 */
export function* changesSection({ report, level, format }: SectionInput): Generator<string> {
  const withChanges = report.areas.filter((area) => area.changes.length > 0);
  const { shown, hidden } = limitItems({ items: withChanges, max: level.rows });
  if (shown.length === 0) return;
  yield '';
  yield '### What changed';
  yield '';
  if (level.changesPerArea <= 0) {
    const counts = shown.map((area) => `${format.code(area.name)} ${area.changes.length}`).join(', ');
    const more = hidden > 0 ? ` and ${hidden} more areas` : '';
    yield `Changes found per area: ${counts}${more}. The details are left out to fit GitHub's size limit.`;
    return;
  }
  for (const [index, area] of shown.entries()) {
    if (index > 0) yield '';
    yield* areaChanges({ area, max: level.changesPerArea, format });
  }
  if (hidden > 0) yield* ['', `… and ${hidden} more areas with changes.`];
}

function* areaChanges({ area, max, format }: { area: AreaReport; max: number; format: MarkdownFormat }): Generator<string> {
  const count = area.changes.length;
  yield `**${format.code(area.name)}** (${count} ${count === 1 ? 'change' : 'changes'})`;
  yield '';
  const { shown, hidden } = limitItems({ items: area.changes, max });
  yield* foldWhenLong({
    summary: `${count} changes in ${format.clip(area.name)}`,
    count: shown.length,
    lines: changeLines({ changes: shown, hidden, format }),
  });
}

function* changeLines({
  changes,
  hidden,
  format,
}: {
  changes: readonly Change[];
  hidden: number;
  format: MarkdownFormat;
}): Generator<string> {
  for (const change of changes) {
    yield `- ${format.inline(change.summary)} (${format.code(fileReference(change))})`;
  }
  if (hidden > 0) yield moreLine(hidden);
}
