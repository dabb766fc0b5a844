import type { ChangedFile, FileStatus } from '../types.js';
import { parseHunkHeader } from './hunk-header.js';

/**
 * Splits a whole `git diff --patch` output into the files it changes, in the shape GitHub's files
 * API gives (`patch` starts at the first `@@` and has no trailing newline).
 *
 * The output must use git's default `a/` and `b/` prefixes (the CLI passes `--src-prefix=a/
 * --dst-prefix=b/` so a user's `diff.noprefix` cannot change them). Quoted paths (spaces at the
 * end, tabs, quotes, octal-escaped non-ASCII bytes) are unquoted. A file whose mode alone changed
 * has the status `changed`, as on GitHub.
 *
 * Sections are found by searching for their first line; within one, lines are found with
 * `indexOf` and hunk lines only counted, patches are slices of the input, and only header lines
 * and `@@` lines are parsed further, so a diff of a million lines costs little more than reading it.
 */
export function parseGitDiff(text: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  // A section starts at every line that begins with `diff --git `: hunk lines never do (they
  // start with a marker), so the sections are found by searching, not line by line.
  let start = text.startsWith(DIFF_GIT) ? 0 : nextSection(text, 0);
  while (start !== -1) {
    const next = nextSection(text, start + 1);
    files.push(readSection(text, start, next === -1 ? text.length : next));
    start = next;
  }
  return files;
}

const DIFF_GIT = 'diff --git ';
const SECTION_START = `\n${DIFF_GIT}`;
const DEV_NULL = '/dev/null';

/** The start of the first section after `from` (just past its newline), or -1. */
function nextSection(text: string, from: number): number {
  const found = text.indexOf(SECTION_START, from - 1);
  return found === -1 ? -1 : found + 1;
}

/** What has been learnt about one file from its header lines. */
interface Section {
  readonly headerPaths: readonly [string | undefined, string | undefined];
  oldPath?: string;
  newPath?: string;
  renameFrom?: string;
  renameTo?: string;
  copyFrom?: string;
  copyTo?: string;
  added: boolean;
  removed: boolean;
  modeChanged: boolean;
  binary: boolean;
}

const PLUS = 0x2b;
const MINUS = 0x2d;
const SPACE = 0x20;
const BACKSLASH = 0x5c;
const AT = 0x40;

/** Reads one file's section, `text[start..end)`: its header lines, then its hunks. */
function readSection(text: string, start: number, end: number): ChangedFile {
  const firstEnd = lineEnd(text, start, end);
  const section: Section = {
    headerPaths: parseHeaderPaths(text.slice(start + DIFF_GIT.length, firstEnd)),
    added: false,
    removed: false,
    modeChanged: false,
    binary: false,
  };
  let position = firstEnd + 1;
  while (position < end && !text.startsWith('@@', position)) {
    const stop = lineEnd(text, position, end);
    readHeaderLine(section, text.slice(position, stop));
    position = stop + 1;
  }
  if (position >= end) return toChangedFile({ section, patch: undefined, additions: 0, deletions: 0 });
  // The hunks, in one loop over plain numbers: nearly every line of a large diff is read here.
  const patchStart = position;
  let patchEnd = position;
  let oldRemaining = 0;
  let newRemaining = 0;
  let additions = 0;
  let deletions = 0;
  while (position < end) {
    const stop = lineEnd(text, position, end);
    const first = position < stop ? text.charCodeAt(position) : SPACE;
    let belongs = true;
    // A line belongs to the hunk only while its side(s) have lines left, as in `PatchCursor`.
    if (newRemaining > 0 && first === PLUS) {
      newRemaining -= 1;
      additions += 1;
    } else if (oldRemaining > 0 && first === MINUS) {
      oldRemaining -= 1;
      deletions += 1;
    } else if (oldRemaining > 0 && newRemaining > 0 && first === SPACE) {
      // An empty line inside a hunk is an empty context line whose leading space was stripped.
      oldRemaining -= 1;
      newRemaining -= 1;
    } else if (first === AT && text.startsWith('@@', position)) {
      // An unreadable header keeps every following line until the next file rather than lose any.
      const header = parseHunkHeader(text.slice(position, stop));
      oldRemaining = header === undefined ? Number.POSITIVE_INFINITY : header.oldLines;
      newRemaining = header === undefined ? Number.POSITIVE_INFINITY : header.newLines;
    } else if (first !== BACKSLASH) {
      // Past the last hunk (e.g. a signature under a format-patch): not part of the patch. Like
      // `PatchCursor`, any such line ends the hunk, so both read the same lines from a patch.
      oldRemaining = 0;
      newRemaining = 0;
      belongs = false;
    }
    if (belongs) patchEnd = stop;
    position = stop + 1;
  }
  return toChangedFile({ section, patch: text.slice(patchStart, patchEnd), additions, deletions });
}

/** Where the line starting at `start` ends: its newline, or `end` for the section's last line without one. */
function lineEnd(text: string, start: number, end: number): number {
  const newline = text.indexOf('\n', start);
  return newline === -1 || newline > end ? end : newline;
}

function readHeaderLine(section: Section, line: string): void {
  if (line.startsWith('--- ')) section.oldPath = parseFilePath(line.slice(4), 'a/');
  else if (line.startsWith('+++ ')) section.newPath = parseFilePath(line.slice(4), 'b/');
  else if (line.startsWith('rename from ')) section.renameFrom = unquote(line.slice(12));
  else if (line.startsWith('rename to ')) section.renameTo = unquote(line.slice(10));
  else if (line.startsWith('copy from ')) section.copyFrom = unquote(line.slice(10));
  else if (line.startsWith('copy to ')) section.copyTo = unquote(line.slice(8));
  else if (line.startsWith('new file mode ')) section.added = true;
  else if (line.startsWith('deleted file mode ')) section.removed = true;
  else if (line.startsWith('old mode ') || line.startsWith('new mode ')) section.modeChanged = true;
  else if (line.startsWith('Binary files ') || line === 'GIT binary patch') section.binary = true;
}

function toChangedFile({
  section,
  patch,
  additions,
  deletions,
}: {
  readonly section: Section;
  readonly patch: string | undefined;
  readonly additions: number;
  readonly deletions: number;
}): ChangedFile {
  const [headerOld, headerNew] = section.headerPaths;
  const previousPath = section.renameFrom ?? section.copyFrom;
  const path = section.renameTo ?? section.copyTo ?? section.newPath ?? section.oldPath ?? headerNew ?? headerOld ?? '';
  return {
    path,
    status: statusOf(section, patch !== undefined),
    ...(previousPath === undefined ? {} : { previousPath }),
    ...(patch === undefined ? {} : { patch }),
    ...(section.binary ? { binary: true } : {}),
    additions,
    deletions,
  };
}

function statusOf(section: Section, hasPatch: boolean): FileStatus {
  if (section.renameTo !== undefined) return 'renamed';
  if (section.copyTo !== undefined) return 'copied';
  if (section.added) return 'added';
  if (section.removed) return 'removed';
  if (section.modeChanged && !hasPatch && !section.binary) return 'changed';
  return 'modified';
}

/**
 * The two paths of `diff --git a/X b/Y`. Unquoted paths may contain spaces, so the split is only
 * certain when both are equal (every change but a rename or copy, whose paths come from their
 * own header lines instead).
 */
function parseHeaderPaths(rest: string): [string | undefined, string | undefined] {
  if (rest.startsWith('"')) {
    const first = readQuoted(rest);
    const second = rest.slice(first.end + 1);
    return [stripPrefix(first.value, 'a/'), parseFilePath(second, 'b/')];
  }
  if (rest.endsWith('"')) {
    // Unquoted paths never contain a quote, so the first ` "` starts the second path.
    const boundary = rest.indexOf(' "');
    return [stripPrefix(rest.slice(0, boundary), 'a/'), parseFilePath(rest.slice(boundary + 1), 'b/')];
  }
  const half = (rest.length - 1) / 2;
  if (Number.isInteger(half) && rest.startsWith('a/') && rest.startsWith(' b/', half)) {
    const oldPath = rest.slice(2, half);
    if (oldPath === rest.slice(half + 3)) return [oldPath, oldPath];
  }
  const boundary = rest.indexOf(' b/');
  if (boundary === -1) return [undefined, undefined];
  return [stripPrefix(rest.slice(0, boundary), 'a/'), rest.slice(boundary + 3)];
}

/** A `---`/`+++` path: `/dev/null`, or a prefixed path that may be quoted or end in a tab. */
function parseFilePath(raw: string, prefix: string): string | undefined {
  const value = raw.startsWith('"') ? readQuoted(raw).value : raw.endsWith('\t') ? raw.slice(0, -1) : raw;
  if (value === DEV_NULL) return undefined;
  return stripPrefix(value, prefix);
}

function stripPrefix(value: string, prefix: string): string {
  return value.startsWith(prefix) ? value.slice(prefix.length) : value;
}

function unquote(raw: string): string {
  return raw.startsWith('"') ? readQuoted(raw).value : raw;
}

/** The escapes git's `quote_c_style` writes, by the letter after the backslash. */
const C_ESCAPES: Readonly<Record<string, number>> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

const utf8 = new TextDecoder('utf-8');

/**
 * Reads a C-style quoted string as git writes paths: `\t`-like escapes, and `\ooo` octal bytes
 * that together form UTF-8 characters.
 */
function readQuoted(raw: string): { value: string; end: number } {
  let value = '';
  let bytes: number[] = [];
  let index = 1;
  const flushBytes = (): void => {
    if (bytes.length === 0) return;
    value += utf8.decode(Uint8Array.from(bytes));
    bytes = [];
  };
  while (index < raw.length && raw[index] !== '"') {
    const char = raw[index] as string;
    if (char !== '\\') {
      flushBytes();
      value += char;
      index += 1;
      continue;
    }
    const next = raw[index + 1] ?? '';
    const octal = raw.slice(index + 1, index + 4);
    if (/^[0-3][0-7][0-7]$/.test(octal)) {
      bytes.push(Number.parseInt(octal, 8));
      index += 4;
      continue;
    }
    flushBytes();
    const escaped = C_ESCAPES[next];
    value += escaped === undefined ? next : String.fromCharCode(escaped);
    index += 2;
  }
  flushBytes();
  return { value, end: index + 1 };
}
