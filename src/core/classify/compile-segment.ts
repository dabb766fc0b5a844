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

/**
 * How one pattern segment matches one path segment. The common shapes (`name`, `*`, `*.py`,
 * `train*`, `test_*.py`) get a string comparison instead of the general matcher: classification
 * runs every glob of the preset against every changed path.
 */
export type Segment =
  | { readonly kind: 'globstar' }
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'any' }
  | { readonly kind: 'affix'; readonly prefix: string; readonly suffix: string }
  | { readonly kind: 'atoms'; readonly atoms: readonly Atom[] };

/** `[:alpha:]` and friends inside a class. */
const POSIX_CLASS = /\[:[a-z]+:\]/;

function parseClass({ text, start, end }: { text: string; start: number; end: number }): CharClass {
  let index = start + 1;
  const negated = text[index] === '!' || text[index] === '^';
  if (negated) index += 1;
  const ranges: number[] = [];
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
      ranges.push(Math.min(code, to), Math.max(code, to));
      index = next;
    } else {
      ranges.push(code, code);
      index += 1;
    }
  }
  return { negated, ranges };
}

function parseAtoms(pattern: string, text: string): Atom[] {
  const atoms: Atom[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (char === '\\' && index + 1 < text.length) {
      atoms.push(text.charCodeAt(++index));
    } else if (char === '*') {
      // `**` inside a segment (`a**b`) is a plain `*`, and runs of stars are one star.
      if (atoms.at(-1) !== STAR) atoms.push(STAR);
    } else if (char === '?') {
      atoms.push(ANY);
    } else if (char === '[' && classEnd(text, index) !== -1) {
      const end = classEnd(text, index);
      const posix = POSIX_CLASS.exec(text.slice(index, end));
      if (posix !== null) {
        throw new GlobError(
          pattern,
          'posix-class',
          `uses the POSIX class \`${posix[0]}\`, which is not supported; write ranges, as in \`[a-zA-Z0-9]\``,
        );
      }
      atoms.push(parseClass({ text, start: index, end }));
      index = end - 1;
    } else {
      atoms.push(text.charCodeAt(index));
    }
  }
  return atoms;
}

const isChar = (atom: Atom): atom is number => typeof atom === 'number' && atom >= 0;
const textOf = (atoms: readonly Atom[]): string => String.fromCharCode(...(atoms as number[]));

/** Compiles one segment of a brace-free glob; `pattern` is the user's pattern, named in errors. */
export function compileSegment({ pattern, text }: { readonly pattern: string; readonly text: string }): Segment {
  if (text === '**') return { kind: 'globstar' };
  const atoms = parseAtoms(pattern, text);
  const stars = atoms.filter((atom) => atom === STAR).length;
  if (atoms.every((atom) => atom === STAR || isChar(atom)) && stars <= 1) {
    if (stars === 0) return { kind: 'literal', text: textOf(atoms) };
    if (atoms.length === 1) return { kind: 'any' };
    const star = atoms.indexOf(STAR);
    return { kind: 'affix', prefix: textOf(atoms.slice(0, star)), suffix: textOf(atoms.slice(star + 1)) };
  }
  return { kind: 'atoms', atoms };
}

function atomMatches(atom: Atom, code: number): boolean {
  if (typeof atom === 'number') return atom === ANY || atom === code;
  let found = false;
  for (let index = 0; index < atom.ranges.length && !found; index += 2) {
    found = code >= (atom.ranges[index] as number) && code <= (atom.ranges[index + 1] as number);
  }
  return found !== atom.negated;
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

/** Whether a (non-globstar) pattern segment matches one path segment. */
export function matchSegment(segment: Segment, text: string, work?: MatchWork): boolean {
  if (work !== undefined) work.steps += 1;
  // Git paths have no empty segments; a glob segment never matches one (as `a/*` and `a/` in picomatch).
  if (text.length === 0) return false;
  switch (segment.kind) {
    case 'literal':
      return segment.text === text;
    case 'any':
      return true;
    case 'affix':
      return (
        text.length >= segment.prefix.length + segment.suffix.length &&
        text.startsWith(segment.prefix) &&
        text.endsWith(segment.suffix)
      );
    case 'atoms':
      return matchAtoms(segment.atoms, text, work);
    default:
      return false;
  }
}
