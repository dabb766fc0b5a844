import { describe, expect, it } from '@jest/globals';
import picomatch from 'picomatch';
import { classifyFiles } from '../../../src/core/classify/index.js';
import { matchGlobs } from '../../../src/core/classify/match-globs.js';
import {
  DOC_TEMPLATES,
  DOCUMENTATION_GLOBS,
  FALLBACK_DOC_GLOBS,
  PRESET_IGNORE,
  RECOMMENDED_PRESET,
  templateSections,
} from '../../../src/core/config/index.js';
import { BUILT_IN_AREAS } from '../../../src/core/types.js';

const lists: [string, readonly string[]][] = [
  ['docs', RECOMMENDED_PRESET.docs],
  ['ignore', RECOMMENDED_PRESET.ignore],
  ...Object.entries(RECOMMENDED_PRESET.areas).flatMap(([name, area]): [string, readonly string[]][] => [
    [`${name}.paths`, area.paths],
    [`${name}.docs`, area.docs],
    [`${name}.fallbackDocs`, area.fallbackDocs],
  ]),
];

describe('recommended preset: glob lists', () => {
  it.each(lists)('%s holds valid, distinct, trimmed globs', (_name, globs) => {
    expect(globs.length).toBeGreaterThan(0);
    expect(new Set(globs).size).toBe(globs.length);
    for (const glob of globs) {
      const body = glob.startsWith('!') ? glob.slice(1) : glob;
      expect(body).toBe(body.trim());
      expect(body).not.toBe('');
      expect(picomatch.makeRe(body, { dot: true })).toBeInstanceOf(RegExp);
      expect(picomatch.scan(body).input).toBe(body);
      expect(() => matchGlobs([glob])).not.toThrow();
    }
  });

  it('exposes the lists it is built from', () => {
    expect(RECOMMENDED_PRESET.docs).toBe(DOCUMENTATION_GLOBS);
    expect(RECOMMENDED_PRESET.ignore).toBe(PRESET_IGNORE);
    expect(FALLBACK_DOC_GLOBS).toEqual(['README.md', 'README.rst', 'docs/**']);
  });

  it('has the four built-in areas, in order, with the defaults of the format', () => {
    expect(Object.keys(RECOMMENDED_PRESET.areas)).toEqual([...BUILT_IN_AREAS]);
    expect(RECOMMENDED_PRESET).toMatchObject({
      mode: 'fail',
      changelog: { path: 'CHANGELOG.md', required: true },
      skip: { labels: ['no-docs-needed', 'skip-ml-docs'], marker: '[skip ml-docs]' },
      comment: true,
    });
  });

  it.each(BUILT_IN_AREAS)('%s: its template, sections and fallbacks', (name) => {
    const area = RECOMMENDED_PRESET.areas[name];
    expect(area?.template).toBe(DOC_TEMPLATES[name].path);
    expect(area?.sections).toEqual(templateSections(DOC_TEMPLATES[name].content));
    expect(area?.fallbackDocs).toEqual(FALLBACK_DOC_GLOBS);
    expect(area?.mentionChanges).toBe(false);
    // The template it suggests satisfies the area once created.
    expect(matchGlobs(area?.docs ?? [])(DOC_TEMPLATES[name].path)).toBe(true);
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(RECOMMENDED_PRESET)).toBe(true);
    expect(Object.isFrozen(RECOMMENDED_PRESET.areas['model']?.paths)).toBe(true);
    expect(Object.isFrozen(RECOMMENDED_PRESET.skip.labels)).toBe(true);
  });
});

/** What the preset makes of one path: its areas, or `doc`, `ignored`, `none`. */
function classify(path: string): string {
  const { areas, docs, ignored } = classifyFiles({ files: [{ path, status: 'modified' }], config: RECOMMENDED_PRESET });
  if (ignored.length > 0) return 'ignored';
  if (docs.length > 0) return 'doc';
  return areas.map((area) => area.name).join('+') || 'none';
}

describe('recommended preset: what a path triggers', () => {
  it.each([
    // DVC
    ['data/raw.dvc', 'data'],
    ['data/processed/train.parquet', 'data'],
    ['data/test/images.csv', 'data'],
    ['data/tests/labels.csv', 'data'],
    ['.dvc/config', 'data'],
    ['params.yaml', 'model'],
    ['dvc.yaml', 'pipeline'],
    ['dvc.lock', 'model'],
    ['models/model.pkl.dvc', 'model'],
    ['weights/best.ckpt.dvc', 'model'],
    // cookiecutter-data-science
    ['src/data/make_dataset.py', 'data'],
    ['src/features/build_features.py', 'data'],
    ['src/models/train_model.py', 'model'],
    ['models/classifier.joblib', 'model'],
    // cookiecutter-data-science v2
    ['churn/dataset.py', 'data'],
    ['churn/features.py', 'data'],
    ['churn/modeling/train.py', 'model'],
    ['churn/modeling/predict.py', 'model'],
    ['references/data_dictionary.xlsx', 'doc'],
    ['notebooks/1.0-eda.ipynb', 'ignored'],
    // Lightning-Hydra template
    ['configs/model/mnist.yaml', 'model'],
    ['configs/trainer/gpu.yaml', 'model'],
    ['configs/experiment/example.yaml', 'model'],
    ['configs/data/mnist.yaml', 'data'],
    ['configs/train.yaml', 'model'],
    ['src/data/mnist_datamodule.py', 'data'],
    ['src/models/mnist_module.py', 'model'],
    // MLflow, orchestrators, dependencies
    ['MLproject', 'pipeline'],
    ['conda.yaml', 'pipeline'],
    ['python_env.yaml', 'pipeline'],
    ['dags/retrain_dag.py', 'pipeline'],
    ['pipelines/training_pipeline.py', 'pipeline'],
    ['flows/etl.py', 'pipeline'],
    ['requirements.txt', 'pipeline'],
    ['requirements/base.txt', 'pipeline'],
    ['environment.yml', 'pipeline'],
    ['.github/workflows/train.yml', 'pipeline'],
    ['.github/workflows/nightly-retrain.yaml', 'pipeline'],
    ['.github/workflows/schedule-batch.yml', 'pipeline'],
    // Serving, containers, manifests, monitoring
    ['serving/app.py', 'deployment'],
    ['api/main.py', 'deployment'],
    ['score.py', 'deployment'],
    ['bentofile.yaml', 'deployment'],
    ['cog.yaml', 'deployment'],
    ['Dockerfile', 'deployment'],
    ['docker/Dockerfile.gpu', 'deployment'],
    ['docker-compose.prod.yml', 'deployment'],
    ['k8s/deployment.yaml', 'deployment'],
    ['charts/model/values.yaml', 'deployment'],
    ['kustomization.yaml', 'deployment'],
    ['infra/main.tf', 'deployment'],
    ['monitoring/prometheus.yml', 'deployment'],
    ['.github/workflows/deploy-prod.yml', 'deployment'],
    ['.github/workflows/model-serve.yml', 'deployment'],
    // Hugging Face model repositories and artefacts
    ['model.safetensors', 'model'],
    ['pytorch_model.bin', 'model'],
    ['tokenizer.json', 'model'],
    ['tokenizer_config.json', 'model'],
    ['model.safetensors.index.json', 'model'],
    ['export/model.onnx', 'model'],
    ['train.py', 'model'],
    ['src/evaluate.py', 'model'],
  ])('%s → %s', (path, expected) => {
    expect(classify(path)).toBe(expected);
  });

  it.each([
    // Documentation
    ['README.md', 'doc'],
    ['docs/index.md', 'doc'],
    ['docs/conf.py', 'doc'],
    ['data/README.md', 'doc'],
    ['charts/model/README.md', 'doc'],
    ['CHANGELOG.md', 'doc'],
    ['LICENSE', 'doc'],
    ['mkdocs.yml', 'doc'],
    // Tests, editors, linters
    ['tests/test_train.py', 'ignored'],
    ['src/models/test_model.py', 'ignored'],
    ['src/models/model_test.py', 'ignored'],
    ['conftest.py', 'ignored'],
    ['.vscode/settings.json', 'ignored'],
    ['.editorconfig', 'ignored'],
    ['.pre-commit-config.yaml', 'ignored'],
    ['.flake8', 'ignored'],
    ['ruff.toml', 'ignored'],
    ['.gitignore', 'ignored'],
    ['data/.gitignore', 'ignored'],
    ['.devcontainer/Dockerfile', 'ignored'],
    // Ordinary changes that name nothing ML
    ['.github/workflows/ci.yml', 'none'],
    ['.github/workflows/lint.yml', 'none'],
    ['.github/workflows/test.yml', 'none'],
    ['.github/workflows/server-tests.yml', 'none'],
    // Release workflows publish packages and draft notes (cookiecutter-data-science, the
    // Lightning-Hydra template, mastodon): no model ships; see docs/accuracy.md.
    ['.github/workflows/release.yml', 'none'],
    ['pyproject.toml', 'none'],
    ['setup.py', 'none'],
    ['setup.cfg', 'none'],
    ['poetry.lock', 'none'],
    ['uv.lock', 'none'],
    ['requirements-dev.txt', 'none'],
    ['requirements/lint.txt', 'none'],
    ['Makefile', 'none'],
    ['config.json', 'none'],
    ['predict.py', 'none'],
    ['service.py', 'none'],
    ['handler.py', 'none'],
    ['app/models.py', 'none'],
    ['src/models/user.ts', 'none'],
    ['src/data/countries.json', 'none'],
    ['api/routes.ts', 'none'],
    ['.buildkite/pipeline.yml', 'none'],
    ['src/utils.py', 'none'],
  ])('%s → %s (no ML docs demanded)', (path, expected) => {
    expect(classify(path)).toBe(expected);
  });
});

describe('doc templates', () => {
  it.each([
    [
      'model',
      'MODEL_CARD.md',
      ['Model details', 'Intended use', 'Training data', 'Training procedure', 'Evaluation', 'Limitations', 'Versions'],
    ],
    [
      'data',
      'DATASHEET.md',
      ['Motivation', 'Composition', 'Collection', 'Preprocessing', 'Splits', 'Uses', 'Distribution', 'Maintenance'],
    ],
    ['deployment', 'DEPLOYMENT.md', ['Environment', 'Configuration', 'Architecture', 'Scaling', 'Monitoring', 'Rollback']],
    ['pipeline', 'PIPELINE.md', ['Workflow', 'Schedules', 'Dependencies']],
  ] as const)('%s: %s with its sections', (area, path, sections) => {
    const template = DOC_TEMPLATES[area];
    expect(template.path).toBe(path);
    expect(templateSections(template.content)).toEqual(sections);
    expect(template.content.startsWith('# ')).toBe(true);
    expect(template.content.endsWith('\n')).toBe(true);
  });

  it.each([
    ['model', ['### Hyperparameters', '### Metrics']],
    ['deployment', ['### Production metrics']],
    ['pipeline', ['### Training', '### Validation', '### Deployment']],
  ] as const)('%s: has the subsections the source document asks for', (area, headings) => {
    for (const heading of headings) expect(DOC_TEMPLATES[area].content).toContain(`\n${heading}\n`);
  });
});
