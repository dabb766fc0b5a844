import type { ChangedFile } from '../types.js';
import { parseGitDiff } from './parse-git-diff.js';

/** Where a file's section starts: `parseGitDiff` starts one at every line that begins so. */
const SECTION_START = '\ndiff --git ';

/** Characters of the previous piece kept to find a marker split between two pieces. */
const SEAM = SECTION_START.length - 1;

/**
 * Where the last section in `text` starts (just after the marker's newline), negative when the
 * marker began in `tail`, the end of the previous piece; `undefined` when no section starts.
 * Searched from the end: a piece holds many files, and only the last one's start matters.
 */
function lastSectionStart(tail: string, text: string): number | undefined {
  const found = text.lastIndexOf(SECTION_START);
  if (found !== -1) return found + 1;
  const seam = tail + text.slice(0, SEAM);
  const straddling = seam.lastIndexOf(SECTION_START);
  return straddling === -1 ? undefined : straddling + 1 - tail.length;
}

/** Reads a `git diff --patch` output piece by piece, while git is still writing it. */
export interface GitDiffParser {
  /** Adds the next piece of text; pieces may split lines anywhere. */
  push(text: string): void;
  /** Parses what is left: `onFile` has then had every file, as `parseGitDiff` of the whole text gives. */
  end(): void;
}

/**
 * A streaming `parseGitDiff`: each complete file section is parsed as soon as the next one
 * starts, so parsing overlaps git's own work, and the output is never held as one large buffer
 * plus one large string (each file's `patch` is a slice of its own section's text). Each piece
 * is searched once, with a lookback of a marker's length for a section start split across
 * pieces, and each character is joined into a section once: linear in the output whatever its
 * shape (one huge file or many small ones). `onFile` receives each file as soon as it is parsed,
 * so the files can be judged while git is still writing the rest; the parser keeps none.
 */
export function createGitDiffParser({ onFile }: { readonly onFile: (file: ChangedFile) => void }): GitDiffParser {
  /** The unfinished section, as the pieces it arrived in. */
  let pieces: string[] = [];
  /** The end of the unfinished section, for a marker that straddles two pieces. */
  let tail = '';
  const parseSections = (text: string): void => {
    for (const file of parseGitDiff(text)) onFile(file);
  };
  return {
    push(text) {
      const split = lastSectionStart(tail, text);
      if (split === undefined) {
        pieces.push(text);
      } else {
        const done = split >= 0 ? [...pieces, text.slice(0, split)].join('') : pieces.join('').slice(0, split);
        const rest = split >= 0 ? text.slice(split) : `${pieces.join('').slice(split)}${text}`;
        parseSections(done);
        pieces = [rest];
      }
      tail = text.length >= SEAM ? text.slice(-SEAM) : (tail + text).slice(-SEAM);
    },
    end() {
      const rest = pieces.join('');
      if (rest !== '') parseSections(rest);
      pieces = [];
      tail = '';
    },
  };
}
