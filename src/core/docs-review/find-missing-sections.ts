import { codeSpan } from '../changelog/code-span.js';
import type { DocFinding } from '../types.js';
import { findHeading } from './heading-match.js';
import type { Heading, MarkdownOutline } from './markdown-outline.js';

/** Level of the headings a document uses for its sections when it has none below its title. */
const DEFAULT_SECTION_LEVEL = 2;

/** The level the document's sections use: the most common one below the title. */
function sectionLevel(headings: readonly Heading[]): number {
  const counts = new Map<number, number>();
  for (const { level } of headings) if (level > 1) counts.set(level, (counts.get(level) ?? 0) + 1);
  let best = DEFAULT_SECTION_LEVEL;
  let bestCount = 0;
  for (const [level, count] of counts) {
    if (count > bestCount || (count === bestCount && level < best)) [best, bestCount] = [level, count];
  }
  return best;
}

/**
 * One finding per section of `sections` that no heading of the document provides (see
 * `headingProvides`: case-insensitive, fuzzy, with synonyms), with the heading line to add as
 * the suggestion, at the level the document's sections use. The finding has no line: the
 * heading is to be added, not to replace one.
 */
export function findMissingSections({
  file,
  outline,
  sections,
}: {
  readonly file: string;
  readonly outline: Pick<MarkdownOutline, 'headings'>;
  readonly sections: readonly string[];
}): DocFinding[] {
  const level = sectionLevel(outline.headings);
  return sections
    .filter((name) => findHeading({ headings: outline.headings, name }) === undefined)
    .map((name) => ({
      file,
      kind: 'missing-section',
      message: `Missing section ${codeSpan(name)}: no heading provides it; add the heading and what the section should say.`,
      suggestion: `${'#'.repeat(level)} ${name}`,
    }));
}
