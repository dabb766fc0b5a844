import { codeSpan } from '../report/escape/code-span.js';
import type { ChangedFile } from '../types.js';

/** How many file names a reason quotes before it counts the rest: it must stay one sentence. */
const MAX_NAMED_FILES = 3;

function nameFiles(files: readonly ChangedFile[]): string {
  const named = files.slice(0, MAX_NAMED_FILES).map((file) => codeSpan(file.path));
  const rest = files.length - named.length;
  return rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
}

/** What the reader of a missing-doc line needs to fix it; every part is one short sentence. */
export function explainMissing({
  area,
  triggering,
  matchingButUnchanged,
  ignoredFallback,
  suggestedDoc,
  hasGlobs,
}: {
  readonly area: string;
  readonly triggering: readonly ChangedFile[];
  /** Docs the area accepts that are in the diff but deleted or only renamed. */
  readonly matchingButUnchanged: readonly ChangedFile[];
  /** Fallback docs updated while the repository already keeps a dedicated doc. */
  readonly ignoredFallback: readonly ChangedFile[];
  readonly suggestedDoc: string | undefined;
  readonly hasGlobs: boolean;
}): string {
  if (!hasGlobs) {
    return `The ${codeSpan(area)} area lists no documentation globs, so no doc can satisfy it: add \`docs\` to its config.`;
  }
  const count = triggering.length;
  const parts = [
    `${count} ${codeSpan(area)} file${count === 1 ? '' : 's'} changed (${nameFiles(triggering)}) but no matching doc was added or updated.`,
  ];
  const deleted = matchingButUnchanged.filter((file) => file.status === 'removed');
  const renamed = matchingButUnchanged.filter((file) => file.status !== 'removed');
  if (deleted.length > 0) parts.push(`Deleting ${nameFiles(deleted)} does not count.`);
  if (renamed.length > 0) parts.push(`${nameFiles(renamed)} changed no line, which does not count.`);
  if (ignoredFallback.length > 0) {
    parts.push(`${nameFiles(ignoredFallback)} counts only while the repository keeps no dedicated doc.`);
  }
  if (suggestedDoc !== undefined) parts.push(`The repository has no dedicated doc yet: create ${codeSpan(suggestedDoc)}.`);
  return parts.join(' ');
}
