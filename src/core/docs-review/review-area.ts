import { codeSpan } from '../report/escape/code-span.js';
import type { AreaConfig, AreaReport, ChangedFile, DocFinding } from '../types.js';
import { sectionForChange } from './change-sections.js';
import { docEdits } from './doc-edits.js';
import { findMissingSections } from './find-missing-sections.js';
import { findPlaceholders } from './find-placeholders.js';
import { findSectionsToUpdate } from './find-sections-to-update.js';
import { findStaleValues } from './find-stale-values.js';
import { findUnmentionedChanges } from './find-unmentioned-changes.js';
import type { MarkdownOutline } from './markdown-outline.js';
import type { DocFormat } from './outline-doc.js';
import { MAX_DOCS_PER_AREA, type AreaReviewPlan } from './plan-area-review.js';
import { validateModelCardMetadata } from './validate-model-card-metadata.js';

/** A doc as the review read it at head: its outline, or why there is none. */
export type LoadedDoc =
  | { readonly state: 'read'; readonly format: DocFormat; readonly outline: MarkdownOutline }
  | { readonly state: 'too-large'; readonly limit: string }
  | { readonly state: 'absent' };

function notReviewed({
  plan,
  docs,
}: {
  readonly plan: AreaReviewPlan;
  readonly docs: ReadonlyMap<string, LoadedDoc>;
}): DocFinding[] {
  const findings: DocFinding[] = plan.scanned.flatMap((path) => {
    const doc = docs.get(path);
    if (doc?.state !== 'too-large') return [];
    return [
      {
        file: path,
        kind: 'not-reviewed',
        message: `Not reviewed: the doc is larger than ${doc.limit}, so it was not checked for sections, stale values or placeholders.`,
      },
    ];
  });
  const [first] = plan.skipped;
  if (first !== undefined) {
    findings.push({
      file: first,
      kind: 'not-reviewed',
      message: `Not reviewed: the review reads at most ${MAX_DOCS_PER_AREA} docs per area, so ${plan.skipped.map((path) => codeSpan(path)).join(', ')} ${plan.skipped.length === 1 ? 'was' : 'were'} not checked for stale values.`,
    });
  }
  return findings;
}

/**
 * Every check of one area's docs, on docs already read: sections of the dedicated doc, model
 * card metadata and stale values in every doc read, placeholders in the lines the pull request
 * added, unmentioned changes (with `mention-changes`), then advice on the sections to update.
 */
export function reviewArea({
  report,
  area,
  plan,
  docs,
  isModelCard,
}: {
  readonly report: AreaReport;
  readonly area: Pick<AreaConfig, 'sections' | 'mentionChanges'>;
  readonly plan: AreaReviewPlan;
  readonly docs: ReadonlyMap<string, LoadedDoc>;
  readonly isModelCard: (path: string) => boolean;
}): DocFinding[] {
  const outlineOf = (path: string): MarkdownOutline | undefined => {
    const doc = docs.get(path);
    return doc?.state === 'read' ? doc.outline : undefined;
  };
  const findings = notReviewed({ plan, docs });
  for (const file of plan.scanned) {
    const outline = outlineOf(file);
    if (outline === undefined) continue;
    findings.push(...validateModelCardMetadata({ file, frontMatter: outline.frontMatter, modelCard: isModelCard(file) }));
    findings.push(...findStaleValues({ file, outline, changes: report.changes }));
  }
  for (const file of plan.sectionDocs) {
    const doc = docs.get(file);
    if (doc?.state !== 'read' || area.sections.length === 0) continue;
    if (doc.format === 'markdown') findings.push(...findMissingSections({ file, outline: doc.outline, sections: area.sections }));
    // A YAML card has keys, not sections; prose in another markup is said to be unchecked.
    if (doc.format === 'text')
      findings.push({
        file,
        kind: 'not-reviewed',
        message: 'Sections not checked: the review reads the headings of Markdown docs only.',
      });
  }
  const edited = plan.touched.flatMap((file: ChangedFile) => {
    const outline = outlineOf(file.path);
    return outline === undefined ? [] : [{ file, outline, edits: docEdits({ file, lineCount: outline.lines.length }) }];
  });
  for (const { file, outline, edits } of edited)
    findings.push(...findPlaceholders({ file: file.path, outline, lines: edits.added }));

  const primary = plan.sectionDocs[0] ?? edited[0]?.file.path;
  const primaryOutline = primary === undefined ? undefined : outlineOf(primary);
  if (area.mentionChanges && edited.length > 0 && primary !== undefined) {
    const addedText = edited.flatMap(({ outline, edits }) => edits.added.map((line) => outline.lines[line - 1] ?? '')).join('\n');
    const where = (change: AreaReport['changes'][number]) => {
      const section = primaryOutline === undefined ? undefined : sectionForChange({ outline: primaryOutline, change });
      return section === undefined ? undefined : { section: section.name, line: section.heading.line };
    };
    findings.push(...findUnmentionedChanges({ file: primary, changes: report.changes, addedText, where }));
  }
  if (primary !== undefined && primaryOutline !== undefined && plan.sectionDocs.includes(primary)) {
    const touchedLines = edited.find(({ file }) => file.path === primary)?.edits.touched ?? new Set<number>();
    const flaggedLines = new Set(
      findings.flatMap((finding) => (finding.file === primary && finding.line !== undefined ? [finding.line] : [])),
    );
    findings.push(
      ...findSectionsToUpdate({ file: primary, outline: primaryOutline, changes: report.changes, touchedLines, flaggedLines }),
    );
  }
  return findings;
}
