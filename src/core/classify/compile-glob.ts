import { classEnd } from './expand-braces.js';
import { GlobError } from './glob-error.js';

/**
 * Counts the elementary comparisons a match performs. Matching is proven linear by counting,
 * not by timing: a count cannot flake on a busy machine.
 */
export interface MatchWork {
  steps: number;
}

/** One character of a segment pattern: a code unit, `?`, `*`, or a `[…]` class. */
type Atom = number | typeof ANY | typeof STAR | CharClass;
const ANY = -1;
const STAR = -2;

interface CharClass {
  readonly negated: boolean;
  /** Inclusive code-unit ranges, flattened: [from, to, from, to, …]. */
  readonly ranges: readonly number[];
}

/** How one pattern segment matches one path segment. */
type Segment =
  | { readonly kind: 'globstar' }
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'atoms'; readonly atoms: readonly Atom[] };

/** A brace-free glob compiled for repeated matching. */
export interface CompiledGlob {
  /** Whether the path, split on `/`, matches; `work` (optional) counts the steps taken. */
  matches(segments: readonly string[], work?: MatchWork): boolean;
}

/** `@(`, `!(`, `+(`, `*(`, `?(`: extglobs, whose nested repetition is what backtracks. */
const EXTGLOB = /(?:^|[^\\])(?:\\\\)*([@!+*?]\()/;
/** `[:alpha:]` and friends inside a class. */
const POSIX_CLASS = /\[:[a-z]+:\]/;

function parseClass({ text, start, end }: { text: string; start: number; end: number }): CharClass {
  let index = start + 1;
  const negated = text[index] === '!' || text[index] === '^';
  if (negated) index += 1;
  const members: number[] = [];
  const last = end - 1;
  while (index < last) {
    let code = text.charCodeAt(index);
    if (code === 0x5c && index + 1 < last) code = text.charCodeAt(++index);
    if (text[index + 1] === '-' && index + 2 < last) {
      let to = text.charCodeAt(index + 2);
      let next = index + 3;
      if (to === 0x5c && index + 3 < last) {
        to = text.charCodeAt(index + 3);
        next += 1;
      }
      members.push(Math.min(code, to), Math.max(code, to));
      index = next;
    } else {
      members.push(code, code);
      index += 1;
    }
  }
  return { negated, ranges: members };
}

function parseSegment(pattern: string, text: string): Segment {
  if (text === '**') return { kind: 'globstar' };
  const atoms: Atom[] = [];
  let literal = true;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (char === '\\' && index + 1 < text.length) {
      atoms.push(text.charCodeAt(++index));
    } else if (char === '*') {
      literal = false;
      // `**` inside a segment (`a**b`) is a plain `*`, and runs of stars are one star.
      if (atoms.at(-1) !== STAR) atoms.push(STAR);
    } else if (char === '?') {
      literal = false;
      atoms.push(ANY);
    } else if (char === '[' && classEnd(text, index) !== -1) {
      const end = classEnd(text, index);
      const body = text.slice(index, end);
      if (POSIX_CLASS.test(body)) {
        throw new GlobError(pattern, 'posix-class', `uses the character class \`${body}\`, which is not supported; write ranges, as in \`[a-zA-Z0-9]\``);
      }
      literal = false;
      atoms.push(parseClass({ text, start: index, end }));
      index = end - 1;
    } else {
      atoms.push(text.charCodeAt(index));
    }
  }
  return literal ? { kind: 'literal', text: String.fromCharCode(...(atoms as number[])) } : { kind: 'atoms', atoms };
}

function inClass(atom: CharClass, code: number): boolean {
  let found = false;
  for (let index = 0; index < atom.ranges.length && !found; index += 2) {
    found = code >= (atom.ranges[index] as number) && code <= (atom.ranges[index + 1] as number);
  }
  return found !== atom.negated;
}

function atomMatches(atom: Atom, code: number): boolean {
  if (typeof atom === 'number') return atom === ANY || atom === code;
  return inClass(atom, code);
}

/**
 * Wildcard matching with one backtrack point: on a mismatch, only the latest `*` grows by one
 * character. An earlier star never needs to be revisited (whatever it could absorb, the latest
 * can), so the work is at most pattern length × segment length: no exponential backtracking.
 */
function matchAtoms(atoms: readonly Atom[], text: string, work: MatchWork | undefined): boolean {
  let atom = 0;
  let position = 0;
  let star = -1;
  let starPosition = 0;
  while (position < text.length) {
    if (work !== undefined) work.steps += 1;
    const current = atoms[atom];
    if (current === STAR) {
      star = atom++;
      starPosition = position;
    } else if (current !== undefined && atomMatches(current, text.charCodeAt(position))) {
      atom += 1;
      position += 1;
    } else if (star !== -1) {
      atom = star + 1;
      position = ++starPosition;
    } else {
      return false;
    }
  }
  while (atoms[atom] === STAR) atom += 1;
  return atom === atoms.length;
}

function matchSegment(segment: Segment, text: string, work: MatchWork | undefined): boolean {
  // Git paths have no empty segments; a glob segment never matches one (as `a/*` and `a/` in picomatch).
  if (text.length === 0) return false;
  if (segment.kind === 'literal') {
    if (work !== undefined) work.steps += 1;
    return segment.text === text;
  }
  return segment.kind === 'atoms' && matchAtoms(segment.atoms, text, work);
}

/**
 * The same one-backtrack-point algorithm one level up: `**` is the star, each other segment
 * matches exactly one path segment. The latest `**` absorbs one more path segment on a mismatch,
 * so the total work stays within (pattern length × path length) character steps.
 */
function matchPath(segments: readonly Segment[], path: readonly string[], work: MatchWork | undefined): boolean {
  let segment = 0;
  let position = 0;
  let star = -1;
  let starPosition = 0;
  while (position < path.length) {
    if (work !== undefined) work.steps += 1;
    const current = segments[segment];
    if (current?.kind === 'globstar') {
      star = segment++;
      starPosition = position;
    } else if (current !== undefined && matchSegment(current, path[position] as string, work)) {
      segment += 1;
      position += 1;
    } else if (star !== -1) {
      segment = star + 1;
      position = ++starPosition;
    } else {
      return false;
    }
  }
  while (segments[segment]?.kind === 'globstar') segment += 1;
  return segment === segments.length;
}

/**
 * Compiles one brace-free glob (see `expandBraces`) that is anchored at the repository root:
 * `*` matches within a segment (dotfiles included), `?` one character, `[a-z]`/`[!a-z]` a class,
 * `\x` a literal `x`, and a `**` segment any number of segments, none included. `pattern` is the
 * user's pattern, named in errors.
 *
 * @throws GlobError for extglobs (`+(a|b)` and friends) and POSIX classes (`[[:alpha:]]`).
 */
export function compileGlob({ glob, pattern = glob }: { readonly glob: string; readonly pattern?: string }): CompiledGlob {
  const extglob = EXTGLOB.exec(glob);
  if (extglob !== null) {
    throw new GlobError(
      pattern,
      'extglob',
      `uses the extglob \`${extglob[1] as string}…)\`, which is not supported (it can make matching very slow); write alternatives as \`{a,b}\``,
    );
  }
  const segments = glob.split('/').map((text) => parseSegment(pattern, text));
  return { matches: (path, work) => matchPath(segments, path, work) };
}
