import type { BuiltInArea } from '../types.js';
import { DATASHEET } from './templates/datasheet.js';
import { DEPLOYMENT_DOC } from './templates/deployment-doc.js';
import { MODEL_CARD } from './templates/model-card.js';
import { PIPELINE_DOC } from './templates/pipeline-doc.js';

/**
 * The dedicated document of each built-in area, as `ml-docs-guard init` writes it: where it goes
 * and its Markdown. Guidance sits in HTML comments, so a copied template renders with empty
 * sections until someone writes them.
 */
export const DOC_TEMPLATES: Readonly<Record<BuiltInArea, { readonly path: string; readonly content: string }>> = {
  data: { path: 'DATASHEET.md', content: DATASHEET },
  model: { path: 'MODEL_CARD.md', content: MODEL_CARD },
  deployment: { path: 'DEPLOYMENT.md', content: DEPLOYMENT_DOC },
  pipeline: { path: 'PIPELINE.md', content: PIPELINE_DOC },
};

/** The second-level (`## `) headings of a Markdown document, in order: a template's main sections. */
export function templateSections(content: string): string[] {
  return content
    .split('\n')
    .filter((line) => line.startsWith('## '))
    .map((line) => line.slice(3).trim());
}
