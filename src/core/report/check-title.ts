import type { Report } from '../types.js';
import { clipText } from './clip-text.js';
import { docLabel } from './doc-label.js';
import { singleLine } from './escape/single-line.js';
import { fileReference } from './file-reference.js';
import { missingAreas } from './missing-areas.js';
import { reportOutcome } from './report-outcome.js';

/** The checks list shows the title on one line; past this it is clipped. */
export const CHECK_TITLE_LENGTH = 200;

/** Names in the title before the rest are counted. */
const NAMES_IN_TITLE = 4;

/**
 * The check run's one-line title, plain text: "Missing docs: model card, changelog",
 * "Docs complete for model, data", "No ML changes", "Skipped: …", "Invalid config: …".
 */
export function checkTitle(report: Report): string {
  return clipText({ text: singleLine(titleText(report)), maxLength: CHECK_TITLE_LENGTH });
}

function titleText(report: Report): string {
  const plain = (text: string): string => clipText({ text, maxLength: CHECK_TITLE_LENGTH });
  switch (reportOutcome(report)) {
    case 'config-error': {
      const [first, ...others] = report.configProblems;
      const where = first === undefined ? '' : `${plain(fileReference(first))}: `;
      const more = others.length > 0 ? ` (+${others.length} more)` : '';
      return `Invalid config: ${where}${plain(first?.message ?? '')}${more}`;
    }
    case 'skipped':
      return `Skipped: ${plain(report.skipReason ?? 'no reason given')}`;
    case 'missing': {
      const areas = missingAreas(report);
      const labels = areas.slice(0, NAMES_IN_TITLE).map((area) => docLabel({ area, code: plain }));
      const prefix = report.verdict === 'warn' ? 'Missing docs (not blocking)' : 'Missing docs';
      return `${prefix}: ${commaList({ items: labels, total: areas.length }) || 'see the report'}`;
    }
    case 'complete': {
      const names = report.areas.slice(0, NAMES_IN_TITLE).map((area) => plain(area.name));
      return `Docs complete for ${commaList({ items: names, total: report.areas.length })}`;
    }
    case 'no-changes':
      return 'No ML changes';
  }
}

function commaList({ items, total }: { items: readonly string[]; total: number }): string {
  const hidden = total - items.length;
  return hidden > 0 ? `${items.join(', ')} and ${hidden} more` : items.join(', ');
}
