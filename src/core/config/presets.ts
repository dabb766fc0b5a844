import { BUILT_IN_AREAS, type AreaConfig, type BuiltInArea, type Config } from '../types.js';
import { DOC_TEMPLATES, templateSections } from './doc-templates.js';
import { DOCUMENTATION_GLOBS, FALLBACK_DOC_GLOBS, PRESET_AREA_GLOBS, PRESET_IGNORE } from './preset-globs/index.js';

/** Defaults of the settings that are not areas; they equal the schema's `default`s (a test checks). */
export const CONFIG_DEFAULTS: Pick<Config, 'mode' | 'changelog' | 'skip' | 'comment'> = {
  mode: 'fail',
  changelog: { path: 'CHANGELOG.md', required: true },
  skip: { labels: ['no-docs-needed', 'skip-ml-docs'], marker: '[skip ml-docs]', authors: [] },
  comment: true,
};

function presetArea(name: BuiltInArea): AreaConfig {
  const { description, paths, docs, content } = PRESET_AREA_GLOBS[name];
  const template = DOC_TEMPLATES[name];
  return {
    description,
    paths,
    docs,
    fallbackDocs: FALLBACK_DOC_GLOBS,
    template: template.path,
    // The sections are the template's headings, so a card created from it is complete.
    sections: templateSections(template.content),
    mentionChanges: false,
    // Findings are reported; blocking on them is a choice each repository makes.
    strict: false,
    ...(content === undefined ? {} : { content }),
  };
}

/**
 * The zero-config experience: what runs when a repository has no config file (or an empty one).
 * Four areas (data, model, deployment, pipeline) with globs for the common ML layouts (DVC,
 * cookiecutter-data-science, Lightning-Hydra, MLflow, Airflow/Kubeflow/Prefect, Hugging Face,
 * containers and manifests), an ignore list for tests and tooling, and the documentation globs.
 */
export const RECOMMENDED_PRESET: Config = deepFreeze({
  ...CONFIG_DEFAULTS,
  areas: Object.fromEntries(BUILT_IN_AREAS.map((name) => [name, presetArea(name)])),
  ignore: PRESET_IGNORE,
  docs: DOCUMENTATION_GLOBS,
});

/** Frozen all the way down: the preset is shared by every evaluation and must never drift. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
