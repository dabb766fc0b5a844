import { codeSpan } from '../report/escape/code-span.js';
import type { Change, DocFinding } from '../types.js';
import { changeLabel } from './change-names.js';
import { sectionForChange, type DocSection } from './change-sections.js';
import { sectionEnd, type MarkdownOutline } from './markdown-outline.js';

/** Changes named in one finding before the rest are counted: the finding stays one sentence. */
const MAX_NAMED_CHANGES = 3;

function nameChanges(changes: readonly Change[]): string {
  const labels = [...new Set(changes.map(changeLabel))];
  const named = labels.slice(0, MAX_NAMED_CHANGES).map((label) => codeSpan(label));
  const rest = labels.length - named.length;
  return rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
}

/**
 * Advice on where the changes belong: for each section of the doc that documents a kind of
 * change the pull request made (hyperparameters under "Training procedure", an image under
 * "Environment", ...), a finding at its heading when the pull request changed no line of that
 * section and no stale-value finding already points into it.
 */
export function findSectionsToUpdate({
  file,
  outline,
  changes,
  touchedLines,
  flaggedLines,
}: {
  readonly file: string;
  readonly outline: MarkdownOutline;
  readonly changes: readonly Change[];
  /** Lines of the doc at head the pull request added, or next to which it deleted. */
  readonly touchedLines: ReadonlySet<number>;
  /** Lines other findings already point at. */
  readonly flaggedLines: ReadonlySet<number>;
}): DocFinding[] {
  const bySection = new Map<number, { section: DocSection; changes: Change[] }>();
  // The section depends on the kind of change only, and a large pull request has thousands of changes of a few kinds.
  const byKind = new Map<string, DocSection | undefined>();
  for (const change of changes) {
    if (!byKind.has(change.kind)) byKind.set(change.kind, sectionForChange({ outline, change }));
    const section = byKind.get(change.kind);
    if (section === undefined) continue;
    const entry = bySection.get(section.heading.line) ?? { section, changes: [] };
    entry.changes.push(change);
    bySection.set(section.heading.line, entry);
  }
  return [...bySection.values()].flatMap(({ section, changes: inSection }) => {
    const end = sectionEnd({ outline, heading: section.heading });
    for (let line = section.heading.line; line <= end; line += 1) {
      if (touchedLines.has(line) || flaggedLines.has(line)) return [];
    }
    return [
      {
        file,
        line: section.heading.line,
        kind: 'section-to-update',
        message: `Update the section "${section.name}": this pull request changes ${nameChanges(inSection)}.`,
      },
    ];
  });
}
