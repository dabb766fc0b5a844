import { GlobError } from './glob-error.js';

/**
 * Brace groups nested deeper than this are refused: no real path list needs them, and a limit
 * keeps expansion (recursive) cheap on hostile input such as `{a,{b,{c,…}}}`.
 */
export const MAX_BRACE_DEPTH = 10;
/**
 * Alternatives one pattern may expand to. `{a,b}{c,d}…` doubles with every group; 256 is far
 * above any real config (the recommended preset's largest pattern expands to 21).
 */
export const MAX_BRACE_ALTERNATIVES = 256;
/**
 * Total characters of a pattern's expansion. Matching one path costs at most this times the
 * path's length in steps, so this bounds the work a single pattern can cause.
 */
export const MAX_EXPANDED_LENGTH = 16_384;

/** `{1..3}`, `{a..e}`, `{01..10..2}`: bash ranges, which the matcher does not expand. */
const BRACE_RANGE = /^(?:-?\d+|[A-Za-z])\.\.(?:-?\d+|[A-Za-z])(?:\.\.-?\d+)?$/;

/** Index just past the `]` of a character class opening at `start`, or -1 when `[` is literal there. */
export function classEnd(text: string, start: number): number {
  let index = start + 1;
  if (text[index] === '!' || text[index] === '^') index += 1;
  // A `]` right after the opening (or its negation) is a member, not the end.
  if (text[index] === ']') index += 1;
  for (; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\\') index += 1;
    else if (char === '/') return -1;
    else if (char === ']') return index + 1;
  }
  return -1;
}

/**
 * Where a scan that meets an escape (`\\{`) or a character class (`[{,]`) at `index` resumes
 * (on the last character they cover): neither holds braces or commas that count. `index` itself
 * elsewhere.
 */
function literalEnd(text: string, index: number): number {
  if (text[index] === '\\') return index + 1;
  if (text[index] !== '[') return index;
  const end = classEnd(text, index);
  return end === -1 ? index : end - 1;
}

interface BraceGroup {
  readonly open: number;
  readonly close: number;
  /** Offsets of the commas that separate the group's alternatives. */
  readonly commas: readonly number[];
}

/** The `}` matching the `{` at `open` and the top-level commas between them, if it closes. */
function closeGroup(text: string, open: number): BraceGroup | undefined {
  const commas: number[] = [];
  let depth = 0;
  for (let index = open + 1; index < text.length; index += 1) {
    const literal = literalEnd(text, index);
    if (literal !== index) {
      index = literal;
      continue;
    }
    const char = text[index];
    if (char === '{') {
      depth += 1;
    } else if (char === ',' && depth === 0) {
      commas.push(index);
    } else if (char === '}') {
      if (depth === 0) return { open, close: index, commas };
      depth -= 1;
    }
  }
  return undefined;
}

/** The first brace group with alternatives; a `{…}` without a comma stays literal, as in bash. */
function firstGroup(pattern: string, text: string): BraceGroup | undefined {
  for (let index = 0; index < text.length; index += 1) {
    const literal = literalEnd(text, index);
    if (literal !== index) {
      index = literal;
      continue;
    }
    const char = text[index];
    if (char === '{') {
      const group = closeGroup(text, index);
      if (group === undefined) continue;
      if (group.commas.length > 0) return group;
      const inside = text.slice(index + 1, group.close);
      if (BRACE_RANGE.test(inside)) {
        throw new GlobError(
          pattern,
          'brace-range',
          `uses the brace range \`{${inside}}\`, which is not supported; list the values, as in \`{1,2,3}\``,
        );
      }
    }
  }
  return undefined;
}

function expand(pattern: string, text: string, depth: number): string[] {
  if (depth > MAX_BRACE_DEPTH) {
    throw new GlobError(pattern, 'brace-depth', `nests braces more than ${MAX_BRACE_DEPTH} deep; flatten the alternatives`);
  }
  const group = firstGroup(pattern, text);
  if (group === undefined) return [text];
  const prefix = text.slice(0, group.open);
  const bounds = [group.open, ...group.commas, group.close];
  const tails = expand(pattern, text.slice(group.close + 1), depth);
  const out: string[] = [];
  for (let part = 0; part + 1 < bounds.length; part += 1) {
    for (const middle of expand(pattern, text.slice((bounds[part] as number) + 1, bounds[part + 1]), depth + 1)) {
      for (const tail of tails) {
        if (out.length === MAX_BRACE_ALTERNATIVES) {
          throw new GlobError(
            pattern,
            'brace-count',
            `expands to more than ${MAX_BRACE_ALTERNATIVES} alternatives through its braces; split it into several patterns`,
          );
        }
        out.push(prefix + middle + tail);
      }
    }
  }
  return out;
}

/**
 * Expands `{a,b}` alternatives, nested or in sequence, into brace-free globs: `*.{yml,yaml}` gives
 * `*.yml` and `*.yaml`; `{a,}` includes the empty alternative. A brace without a comma, an
 * unclosed brace, or one inside `[…]` or after `\` is literal.
 *
 * @throws GlobError when the pattern nests braces too deep, expands to too many alternatives or
 * characters, or uses a `{1..3}` range (refused rather than silently read literally).
 */
export function expandBraces(pattern: string): string[] {
  const globs = expand(pattern, pattern, 0);
  const length = globs.reduce((sum, glob) => sum + glob.length, 0);
  if (length > MAX_EXPANDED_LENGTH) {
    throw new GlobError(
      pattern,
      'brace-count',
      `expands to more than ${MAX_EXPANDED_LENGTH.toLocaleString('en-US')} characters through its braces; split it into several patterns`,
    );
  }
  return globs;
}
