/**
 * Whether a UTF-16 code unit is one `String.prototype.trim` strips (and `\s` matches): ASCII
 * spaces and line ends, no-break and other Unicode spaces, the line/paragraph separators and
 * the byte-order mark.
 */
export function isTrimmedSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Index of the first character `trimStart()` would keep, looking from `from` (a caller that
 * already skipped some of the whitespace); `text.length` for a blank line. Code walks ask this
 * of every line of every hunk: `text.trimStart()` would copy each indented line only to look at
 * its first character.
 */
export function firstNonSpace(text: string, from = 0): number {
  let index = from;
  while (index < text.length && isTrimmedSpace(text.charCodeAt(index))) index += 1;
  return index;
}

/** Whether a line is empty or whitespace only (`text.trim() === ''`), without copying it. */
export const isBlank = (text: string): boolean => firstNonSpace(text) === text.length;

/**
 * Index just past the last character of `text[from..end)` that `trimEnd()` would keep; `from`
 * when there is none. Found from the end: a pattern such as `\s*$` would rescan a run of blanks
 * from each of its characters.
 */
export function trimmedEnd(text: string, end = text.length, from = 0): number {
  let index = end;
  while (index > from && isTrimmedSpace(text.charCodeAt(index - 1))) index -= 1;
  return index;
}
