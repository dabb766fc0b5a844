import { structuredPatch } from 'diff';
import type { Change, Hunk, ParsedPatch, PatchLine } from '../types.js';
import type { InspectInput } from './inspector.js';
import { MAX_PARSE_CHARS } from './load-sides.js';
import { makeChange } from './make-change.js';
import { readSides, unreadableSide } from './read-sides.js';
import { isUnchangedContent } from './unchanged-content.js';

/** Git's default number of context lines, so rebuilt hunks look like the ones GitHub sends. */
const CONTEXT_LINES = 3;

function toHunk(raw: { oldStart: number; oldLines: number; newStart: number; newLines: number; lines: string[] }): Hunk {
  const lines: PatchLine[] = [];
  let oldLine = raw.oldStart;
  let newLine = raw.newStart;
  for (const text of raw.lines) {
    const body = text.slice(1);
    if (text.startsWith('+')) lines.push({ kind: 'add', text: body, newLine: newLine++ });
    else if (text.startsWith('-')) lines.push({ kind: 'del', text: body, oldLine: oldLine++ });
    else if (text.startsWith(' ')) lines.push({ kind: 'context', text: body, oldLine: oldLine++, newLine: newLine++ });
  }
  return { oldStart: raw.oldStart, oldLines: raw.oldLines, newStart: raw.newStart, newLines: raw.newLines, context: '', lines };
}

/**
 * The file's patch, or, when the diff did not carry one (GitHub omits patches of large diffs),
 * one rebuilt from the file's content on each side. `problem` explains when neither is possible.
 */
export async function patchOrContent(input: InspectInput): Promise<{ readonly patch?: ParsedPatch; readonly problem?: Change }> {
  if (input.patch !== undefined) return { patch: input.patch };
  if (input.file.binary === true) return {};
  if (isUnchangedContent(input.file)) return { patch: { hunks: [] } };
  const sides = await readSides(input);
  const unreadable = unreadableSide({ file: input.file, sides });
  if (unreadable !== undefined) return { problem: unreadable };
  const { base, head } = sides;
  if ((base?.length ?? 0) > MAX_PARSE_CHARS || (head?.length ?? 0) > MAX_PARSE_CHARS) {
    const file = input.file.path;
    const summary = `\`${file}\` has no diff and is larger than 1 MiB; not inspected`;
    return { problem: makeChange({ file, kind: 'not-inspected', summary }) };
  }
  const path = input.file.path;
  const rebuilt = structuredPatch(path, path, base ?? '', head ?? '', undefined, undefined, { context: CONTEXT_LINES });
  return { patch: { hunks: rebuilt.hunks.map(toHunk) } };
}
