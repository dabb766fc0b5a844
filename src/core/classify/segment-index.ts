import { matchSegment, type Segment } from './compile-segment.js';

/**
 * Segment patterns filed by a character every match must have, so a path segment is compared
 * with a few candidates rather than all: a literal or a `*suffix` by the segment's last
 * character, a `prefix*` by its first. The preset has hundreds of `*.ext`, `name*.py` and plain
 * names that every path segment meets.
 */
export interface SegmentIndex {
  add(segment: Segment): void;
  /** Whether any pattern added matches `text`. */
  matches(text: string): boolean;
}

/** An empty index; patterns are added once, then matched against many path segments. */
export function segmentIndex(): SegmentIndex {
  const literals = new Set<string>();
  const byLastChar = new Map<string, Segment[]>();
  const byFirstChar = new Map<string, Segment[]>();
  const others: Segment[] = [];
  const file = (map: Map<string, Segment[]>, key: string, segment: Segment): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [segment]);
    else list.push(segment);
  };
  const anyMatch = (segments: readonly Segment[] | undefined, text: string): boolean =>
    segments?.some((segment) => matchSegment(segment, text)) ?? false;
  return {
    add(segment) {
      if (segment.kind === 'literal') literals.add(segment.text);
      else if (segment.kind === 'affix' && segment.suffix !== '') file(byLastChar, segment.suffix.at(-1) as string, segment);
      else if (segment.kind === 'affix' && segment.prefix !== '') file(byFirstChar, segment.prefix[0] as string, segment);
      else others.push(segment);
    },
    matches(text) {
      if (text === '') return false;
      return (
        literals.has(text) ||
        anyMatch(byLastChar.get(text.at(-1) as string), text) ||
        anyMatch(byFirstChar.get(text[0] as string), text) ||
        anyMatch(others, text)
      );
    },
  };
}
