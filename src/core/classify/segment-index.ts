import { matchSegment, type Segment } from './compile-segment.js';

/**
 * Segment patterns filed by characters every match must have, so a path segment is compared
 * with a few candidates rather than all. The preset has hundreds of `*.ext`, `name*.py` and
 * plain names that every path segment meets.
 */
export interface SegmentIndex {
  add(segment: Segment): void;
  /** Whether any pattern added matches `text`. */
  matches(text: string): boolean;
}

/**
 * A key for the two outermost characters of one end of a text, as a number so that looking a
 * segment up builds no string. `fromEnd` reads the last two (last first), else the first two.
 */
function endKey(text: string, fromEnd: boolean): number {
  return fromEnd
    ? text.charCodeAt(text.length - 1) * 0x10000 + text.charCodeAt(text.length - 2)
    : text.charCodeAt(0) * 0x10000 + text.charCodeAt(1);
}

/**
 * An empty index; patterns are added once, then matched against many path segments. A literal
 * is found in a set. A `prefix*suffix` is filed by its longer end's two outermost characters:
 * `train*.py` under `tr`, not under `.py`, which every Python file name ends with, and
 * `*_loader.py` under `py`. Patterns with no end that long (`*`, `a*`, `*[0-9]`) are tried on
 * every segment.
 */
export function segmentIndex(): SegmentIndex {
  const literals = new Set<string>();
  const bySuffix = new Map<number, Segment[]>();
  const byPrefix = new Map<number, Segment[]>();
  const others: Segment[] = [];
  const file = (map: Map<number, Segment[]>, key: number, segment: Segment): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [segment]);
    else list.push(segment);
  };
  const anyMatch = (segments: readonly Segment[] | undefined, text: string): boolean => {
    if (segments === undefined) return false;
    for (const segment of segments) if (matchSegment(segment, text)) return true;
    return false;
  };
  return {
    add(segment) {
      if (segment.kind === 'literal') literals.add(segment.text);
      else if (segment.kind !== 'affix' || Math.max(segment.prefix.length, segment.suffix.length) < 2) others.push(segment);
      else if (segment.suffix.length >= segment.prefix.length) file(bySuffix, endKey(segment.suffix, true), segment);
      else file(byPrefix, endKey(segment.prefix, false), segment);
    },
    matches(text) {
      if (text === '') return false;
      if (literals.has(text) || anyMatch(others, text)) return true;
      // A filed pattern has at least two characters at the end it is filed by.
      return (
        text.length >= 2 &&
        (anyMatch(bySuffix.get(endKey(text, true)), text) || anyMatch(byPrefix.get(endKey(text, false)), text))
      );
    },
  };
}
