import { parsePatch } from '../core/diff/parse-patch.js';
import { fenceFor } from '../core/report/escape/index.js';
import type { PatchLine } from '../core/types.js';

/** Hidden marker of the changelog review comment, so a push does not post it again. */
export const SUGGESTION_MARKER = '<!-- ml-docs-guard:changelog-suggestion -->';

/** Keep a Changelog's section for changes not yet released: where a new entry belongs. */
const UNRELEASED_HEADING = '## [Unreleased]';
const isUnreleasedHeading = (text: string): boolean => /^##\s+\[?unreleased\]?\s*$/i.test(text.trim());
const isReleaseHeading = (text: string): boolean => /^##\s+\S/.test(text);

/** A review comment proposing the entry: the diff line it sits on and its body. */
export interface ChangelogSuggestion {
  /** Line number in the head version; the line is part of the diff (added or context). */
  readonly line: number;
  readonly body: string;
}

/** Lines the head version shows in the diff: only those can carry a review comment. */
const rightSideLines = (patch: string): PatchLine[] =>
  parsePatch(patch).hunks.flatMap((hunk) => hunk.lines.filter((line) => line.kind !== 'del'));

/** True when every bullet of the entry is already among the lines the PR adds. */
export function entryInPatch({ patch, entry }: { patch: string; entry: string }): boolean {
  const added = new Set(
    parsePatch(patch)
      .hunks.flatMap((hunk) => hunk.lines)
      .filter((line) => line.kind === 'add')
      .map((line) => line.text.trim()),
  );
  const bullets = entry
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.trim());
  return bullets.length > 0 && bullets.every((bullet) => added.has(bullet));
}

/** The replacement text for the anchor line: the line kept, the entry placed where it belongs. */
const replacementFor = (anchor: PatchLine, entry: string): string | undefined => {
  if (isUnreleasedHeading(anchor.text)) return `${anchor.text}\n\n${entry}`;
  // Newest first: the entry goes above the latest release, in its own Unreleased section.
  if (isReleaseHeading(anchor.text)) return `${UNRELEASED_HEADING}\n\n${entry}\n\n${anchor.text}`;
  if (anchor.newLine === 1) return `${anchor.text}\n\n${UNRELEASED_HEADING}\n\n${entry}`;
  return undefined;
};

/**
 * Where and how to propose `entry` in the changelog's diff, as a `suggestion` the author commits
 * in one click: under an `## [Unreleased]` heading shown in the diff, else above the first release
 * heading shown, else after the file's first line when the diff starts there. `undefined` when
 * the diff shows none of these (the report then links to GitHub's editor instead).
 */
export function changelogSuggestion({ patch, entry }: { patch: string; entry: string }): ChangelogSuggestion | undefined {
  if (entry.trim() === '') return undefined;
  const lines = rightSideLines(patch);
  const anchor =
    lines.find((line) => isUnreleasedHeading(line.text)) ??
    lines.find((line) => isReleaseHeading(line.text)) ??
    lines.find((line) => line.newLine === 1);
  if (anchor?.newLine === undefined) return undefined;
  const replacement = replacementFor(anchor, entry);
  if (replacement === undefined) return undefined;
  const fence = fenceFor(replacement);
  const body = [
    SUGGESTION_MARKER,
    '**ML Docs Guard**: the changelog entry for this pull request. Commit the suggestion to add it (edit it first if you like).',
    '',
    `${fence}suggestion`,
    replacement,
    fence,
  ].join('\n');
  return { line: anchor.newLine, body };
}
