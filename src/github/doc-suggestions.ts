import { parsePatch } from '../core/diff/parse-patch.js';
import { fenceFor } from '../core/report/escape/index.js';
import type { ChangedFile, DocFinding, Report } from '../core/types.js';

/** Hidden marker of the review comments that fix a doc line, so a push does not post them again. */
export const DOC_SUGGESTION_MARKER = '<!-- ml-docs-guard:doc-suggestion -->';

/** Suggestions posted per run: a review with more is noise; the report lists every finding. */
export const MAX_DOC_SUGGESTIONS = 10;

/** A one-click fix of one doc line, anchored where GitHub accepts a review comment. */
export interface DocSuggestion {
  readonly path: string;
  readonly line: number;
  readonly body: string;
}

/** Head-side lines shown in the patch: only those can carry a review comment. */
const commentableLines = (patch: string): Set<number> =>
  new Set(
    parsePatch(patch)
      .hunks.flatMap((hunk) => hunk.lines)
      .flatMap((line) => (line.kind === 'del' || line.newLine === undefined ? [] : [line.newLine])),
  );

const bodyOf = (finding: DocFinding & { suggestion: string }): string => {
  const fence = fenceFor(finding.suggestion);
  return `${DOC_SUGGESTION_MARKER}\n${finding.message}\n\n${fence}suggestion\n${finding.suggestion}\n${fence}`;
};

/**
 * The doc findings that come with a replacement line (a stale hyperparameter row, an old image
 * tag) on a doc the pull request changes, at a line its diff shows: each becomes a `suggestion`
 * the author commits in one click. Findings elsewhere stay in the report as a suggested line.
 */
export function docSuggestions({ report, files }: { report: Report; files: readonly ChangedFile[] }): DocSuggestion[] {
  const patches = new Map(
    files.flatMap((file) => (file.status === 'removed' || file.patch === undefined ? [] : [[file.path, file.patch] as const])),
  );
  const lines = new Map<string, Set<number>>();
  const seen = new Set<string>();
  const suggestions: DocSuggestion[] = [];
  for (const finding of report.areas.flatMap((area) => area.findings)) {
    const { file, line, suggestion } = finding;
    const patch = patches.get(file);
    if (suggestion === undefined || line === undefined || patch === undefined) continue;
    if (!lines.has(file)) lines.set(file, commentableLines(patch));
    const key = `${file}:${line}`;
    if (!lines.get(file)?.has(line) || seen.has(key)) continue;
    seen.add(key);
    suggestions.push({ path: file, line, body: bodyOf({ ...finding, suggestion }) });
  }
  return suggestions.slice(0, MAX_DOC_SUGGESTIONS);
}
