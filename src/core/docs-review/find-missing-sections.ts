import { codeSpan } from '../report/escape/code-span.js';
import type { DocFinding } from '../types.js';
import { findHeading } from './heading-match.js';
import type { Heading, MarkdownOutline } from './markdown-outline.js';

/** Level of the headings a document uses for its sections when it has none below its title. */
const DEFAULT_SECTION_LEVEL = 2;

/** The most common level of `headings` below the title; ties go to the higher level (fewer `#`). */
function commonLevel(headings: readonly Heading[]): number | undefined {
  const counts = new Map<number, number>();
  for (const { level } of headings) if (level > 1) counts.set(level, (counts.get(level) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [level, count] of counts) {
    if (count > bestCount || (count === bestCount && level < (best ?? Infinity))) [best, bestCount] = [level, count];
  }
  return best;
}

/**
 * One finding per section of `sections` that no heading of the document provides (see
 * `headingProvides`: case-insensitive, fuzzy, with synonyms), with the heading line to add as
 * the suggestion, at the level of the required sections the document has. The finding has no line: the
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
  const found = sections.map((name) => ({ name, heading: findHeading({ headings: outline.headings, name }) }));
  // A missing section goes at the level of the sections that are there, else of the doc's headings.
  const present = found.flatMap(({ heading }) => (heading === undefined ? [] : [heading]));
  const level = commonLevel(present) ?? commonLevel(outline.headings) ?? DEFAULT_SECTION_LEVEL;
  return found
    .filter(({ heading }) => heading === undefined)
    .map(({ name }) => ({
      file,
      kind: 'missing-section',
      message: `Missing section ${codeSpan(name)}: no heading provides it; add the heading and what the section should say.`,
      suggestion: `${'#'.repeat(level)} ${name}`,
    }));
}
