import type { Change } from '../types.js';
import { findHeading } from './heading-match.js';
import { sectionTrail, type Heading, type MarkdownOutline } from './markdown-outline.js';

/*
 * Where each kind of change is documented, most specific first, in the words of the built-in
 * templates (model card, datasheet, deployment and pipeline docs); synonyms find the same
 * sections in documents written another way ("Training Details", "Dataset Structure").
 */
const SECTIONS_BY_KIND: Readonly<Record<string, readonly string[]>> = {
  hyperparameter: ['Hyperparameters', 'Training procedure'],
  'pipeline-input': ['Hyperparameters', 'Training procedure'],
  dataset: ['Training data', 'Collection', 'Composition'],
  'data-schema': ['Composition', 'Training data'],
  pipeline: ['Workflow'],
  schedule: ['Schedules'],
  image: ['Environment'],
  'build-arg': ['Configuration'],
  environment: ['Configuration'],
  'deployment-config': ['Configuration'],
  port: ['Configuration', 'Architecture'],
  scaling: ['Scaling'],
  resources: ['Scaling', 'Environment'],
  infrastructure: ['Architecture', 'Environment'],
  dependency: ['Dependencies', 'Environment'],
  framework: ['Dependencies', 'Environment', 'Model details'],
};

/** A section of a doc: its heading and its name as a reader finds it ("Training procedure › Hyperparameters"). */
export interface DocSection {
  readonly heading: Heading;
  readonly name: string;
}

/** "Training procedure › Hyperparameters": the headings down to `heading`, without the doc's title. */
export function sectionName({ outline, heading }: { readonly outline: MarkdownOutline; readonly heading: Heading }): string {
  const trail = sectionTrail({ outline, line: heading.line }).filter((entry) => entry.level > 1 || entry === heading);
  return trail.map((entry) => entry.text).join(' › ');
}

/** The section of the doc where `change` belongs, when the doc has one for its kind. */
export function sectionForChange({
  outline,
  change,
}: {
  readonly outline: MarkdownOutline;
  readonly change: Change;
}): DocSection | undefined {
  for (const name of SECTIONS_BY_KIND[change.kind] ?? []) {
    const heading = findHeading({ headings: outline.headings, name });
    if (heading !== undefined) return { heading, name: sectionName({ outline, heading }) };
  }
  return undefined;
}
