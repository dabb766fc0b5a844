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
 * One pass over the text: lines are found with `indexOf`, patches are slices of the input, and
 * only header lines and `@@` lines are parsed further, so a diff of a million lines costs little
 * more than reading it.
 */
export function parseGitDiff(text: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  let section: Section | undefined;
  let position = 0;
  while (position < text.length) {
    const newline = text.indexOf('\n', position);
    const end = newline === -1 ? text.length : newline;
    // Nearly every line is a hunk line (` `, `+`, `-`): its first character rules out a new section.
    if (text.charCodeAt(position) === CHAR_D && text.startsWith(DIFF_GIT, position)) {
      if (section !== undefined) files.push(finishSection(section, text));
      section = newSection(text.slice(position + DIFF_GIT.length, end));
    } else if (section !== undefined) {
      readLine(section, text, position, end);
    }
    position = end + 1;
  }
  if (section !== undefined) files.push(finishSection(section, text));
  return files;
}

const DIFF_GIT = 'diff --git ';
const CHAR_D = 0x64;
const DEV_NULL = '/dev/null';

/** What has been learnt about one file while its lines are read. */
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
  /** Offset of the first `@@` line; `-1` until one is seen. */
  patchStart: number;
  /** Offset just past the last line that belongs to a hunk. */
  patchEnd: number;
  /** Lines still expected in the current hunk, per side, from its `@@` header. */
  oldRemaining: number;
  newRemaining: number;
  additions: number;
  deletions: number;
}

function newSection(headerRest: string): Section {
  return {
    headerPaths: parseHeaderPaths(headerRest),
    added: false,
    removed: false,
    modeChanged: false,
    binary: false,
    patchStart: -1,
    patchEnd: -1,
    oldRemaining: 0,
    newRemaining: 0,
    additions: 0,
    deletions: 0,
  };
}

const PLUS = 0x2b;
const MINUS = 0x2d;
const SPACE = 0x20;
const BACKSLASH = 0x5c;
const AT = 0x40;

function readLine(section: Section, text: string, start: number, end: number): void {
  if (section.patchStart !== -1) {
    readPatchLine(section, text, start, end);
    return;
  }
  if (text.startsWith('@@', start)) {
    section.patchStart = start;
    readPatchLine(section, text, start, end);
    return;
  }
  readHeaderLine(section, text.slice(start, end));
}

function readPatchLine(section: Section, text: string, start: number, end: number): void {
  const first = start < end ? text.charCodeAt(start) : SPACE;
  // A line belongs to the hunk only while its side(s) have lines left, as in `parsePatch`.
  if (section.newRemaining > 0 && first === PLUS) {
    section.newRemaining -= 1;
    section.additions += 1;
  } else if (section.oldRemaining > 0 && first === MINUS) {
    section.oldRemaining -= 1;
    section.deletions += 1;
  } else if (section.oldRemaining > 0 && section.newRemaining > 0 && first === SPACE) {
    // An empty line inside a hunk is an empty context line whose leading space was stripped.
    section.oldRemaining -= 1;
    section.newRemaining -= 1;
  } else if (first === AT && text.startsWith('@@', start)) {
    startHunk(section, text.slice(start, end));
  } else if (first !== BACKSLASH) {
    // Past the last hunk (e.g. a signature under a format-patch): not part of the patch. Like
    // `parsePatch`, any such line ends the hunk, so both read the same lines from a patch.
    section.oldRemaining = 0;
    section.newRemaining = 0;
    return;
  }
  section.patchEnd = end;
}

function startHunk(section: Section, line: string): void {
  const header = parseHunkHeader(line);
  if (header === undefined) {
    // An unreadable header: keep every following line until the next file rather than lose any.
    section.oldRemaining = Number.POSITIVE_INFINITY;
    section.newRemaining = Number.POSITIVE_INFINITY;
    return;
  }
  section.oldRemaining = header.oldLines;
  section.newRemaining = header.newLines;
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

function finishSection(section: Section, text: string): ChangedFile {
  const [headerOld, headerNew] = section.headerPaths;
  const previousPath = section.renameFrom ?? section.copyFrom;
  const path = section.renameTo ?? section.copyTo ?? section.newPath ?? section.oldPath ?? headerNew ?? headerOld ?? '';
  const hasPatch = section.patchStart !== -1;
  return {
    path,
    status: statusOf(section, hasPatch),
    ...(previousPath === undefined ? {} : { previousPath }),
    ...(hasPatch ? { patch: text.slice(section.patchStart, section.patchEnd) } : {}),
    ...(section.binary ? { binary: true } : {}),
    additions: section.additions,
    deletions: section.deletions,
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
