import { COMMENT_MARKER } from '../comment-marker.js';
import { areasSection } from './areas-section.js';
import { changelogSection } from './changelog-section.js';
import { changesSection } from './changes-section.js';
import { configProblemsSection } from './config-problems-section.js';
import { findingsSection } from './findings-section.js';
import { footerSection } from './footer-section.js';
import { headlineSection } from './headline-section.js';
import { missingSection } from './missing-section.js';
import { noticesSection } from './notices-section.js';
import type { SectionInput } from './section-input.js';

/** One rendering of the whole report at one detail level, line by line (lazily). */
export function* markdownLines(
  input: SectionInput & { readonly includeMarker: boolean; readonly truncated: boolean },
): Generator<string> {
  if (input.includeMarker) yield COMMENT_MARKER;
  yield* headlineSection(input);
  yield* configProblemsSection(input);
  yield* areasSection(input);
  yield* missingSection(input);
  yield* changesSection(input);
  yield* findingsSection(input);
  yield* changelogSection(input);
  yield* noticesSection(input);
  yield* footerSection(input);
}
