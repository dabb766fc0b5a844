import { describe, expect, it } from '@jest/globals';
import { CONFIG_SCHEMA, loadConfig, RECOMMENDED_PRESET, starterConfig } from '../../../src/core/config/index.js';

const layouts = {
  dvc: [
    'README.md',
    'dvc.yaml',
    'dvc.lock',
    'params.yaml',
    '.dvc/config',
    '.dvcignore',
    'data/raw.dvc',
    'data/.gitignore',
    'src/prepare.py',
    'src/train.py',
    'src/evaluate.py',
    'requirements.txt',
  ],
  cookiecutter: [
    'README.md',
    'HISTORY.md',
    'LICENSE',
    'Makefile',
    'setup.py',
    'requirements.txt',
    'data/raw/.gitkeep',
    'data/processed/.gitkeep',
    'docs/index.md',
    'references/data_dictionary.md',
    'notebooks/1.0-jqp-initial-data-exploration.ipynb',
    'reports/figures/.gitkeep',
    'src/data/make_dataset.py',
    'src/features/build_features.py',
    'src/models/train_model.py',
    'src/models/predict_model.py',
    'models/.gitkeep',
  ],
  hydra: [
    'README.md',
    'CHANGELOG.md',
    'MODEL_CARD.md',
    'docs/deployment.md',
    'Dockerfile',
    'requirements.txt',
    'configs/train.yaml',
    'configs/data/mnist.yaml',
    'configs/model/mnist.yaml',
    'configs/trainer/default.yaml',
    'configs/experiment/example.yaml',
    'src/train.py',
    'src/eval.py',
    'src/data/mnist_datamodule.py',
    'src/models/mnist_module.py',
    'tests/test_train.py',
    '.github/workflows/test.yml',
  ],
  webApp: [
    'README.md',
    'package.json',
    'package-lock.json',
    'public/index.html',
    'src/App.tsx',
    'src/models/user.ts',
    'src/data/countries.json',
    'api/users.ts',
    'tests/app.test.ts',
    '.github/workflows/ci.yml',
  ],
};

describe('starterConfig', () => {
  it('describes a DVC repository', () => {
    expect(starterConfig({ files: layouts.dvc })).toBe(
      [
        '# ml-docs-guard: documentation checks on pull requests.',
        "# Written by `ml-docs-guard init` from this repository's layout. Every key is optional;",
        '# without this file the `recommended` preset applies as is.',
        `# yaml-language-server: $schema=${CONFIG_SCHEMA.$id}`,
        '',
        'extends: recommended',
        'mode: fail # `warn` reports missing documents without failing the check',
        '',
        '# What the recommended preset finds in this repository:',
        '#   data: 3 files: .dvc/config, data/raw.dvc, src/prepare.py',
        '#     no datasheet yet: create DATASHEET.md; until then README.md and docs/ count',
        '#   model: 4 files, e.g. dvc.lock, params.yaml, src/evaluate.py',
        '#     no model card yet: create MODEL_CARD.md; until then README.md and docs/ count',
        '#   deployment: no files yet; the area waits for them (or set `enabled: false`)',
        '#   pipeline: 2 files: dvc.yaml, requirements.txt',
        '#     no pipeline document yet: create PIPELINE.md; until then README.md and docs/ count',
        '',
        '# Override a preset area field by field, switch one off, or add your own:',
        '# areas:',
        '#   model:',
        '#     mention-changes: true        # the update must name each changed hyperparameter',
        '#   deployment:',
        '#     enabled: false',
        '#   evaluation:                    # a new area sets `paths` and `docs`',
        '#     paths: ["eval/**"]',
        '#     docs: ["docs/evaluation.md"]',
        '',
        "# Files that never trigger an area, added to the preset's (tests, editor and lint config, notebooks/).",
        'ignore: []',
        '# Extra documentation files, added to the built-in globs (Markdown, docs/, READMEs, ...).',
        'docs: []',
        '',
        'changelog:',
        '  path: CHANGELOG.md # does not exist yet',
        '  required: true',
        'skip:',
        '  labels: [no-docs-needed, skip-ml-docs]',
        '  marker: "[skip ml-docs]"',
        '  authors: [] # bots whose pull requests need no docs, e.g. ["dependabot[bot]", "renovate[bot]"]',
        'comment: true',
        '',
      ].join('\n'),
    );
  });

  it('describes a cookiecutter-data-science repository and keeps its changelog', () => {
    const text = starterConfig({ files: layouts.cookiecutter });
    expect(text).toContain('\n#   data: 4 files, e.g. data/processed/.gitkeep, data/raw/.gitkeep, src/data/make_dataset.py\n');
    expect(text).toContain('\n#     documented in references/data_dictionary.md\n');
    expect(text).toContain('\n#   model: 3 files: models/.gitkeep, src/models/predict_model.py, src/models/train_model.py\n');
    expect(text).toContain('\n#   pipeline: 1 file: requirements.txt\n');
    expect(text).toContain('\n  path: HISTORY.md\n');
    expect(loadConfig({ text, file: 'x.yml' }).changelog.path).toBe('HISTORY.md');
  });

  it('describes a Lightning-Hydra repository and the documents it already keeps', () => {
    const text = starterConfig({ files: layouts.hydra });
    expect(text).toContain('\n#   data: 2 files: configs/data/mnist.yaml, src/data/mnist_datamodule.py\n');
    expect(text).toContain('\n#   model: 7 files, e.g. configs/train.yaml, src/eval.py, src/train.py\n');
    expect(text).toContain('\n#     documented in MODEL_CARD.md\n');
    expect(text).toContain('\n#   deployment: 1 file: Dockerfile\n');
    expect(text).toContain('\n#     documented in docs/deployment.md\n');
    expect(text).toContain('\n  path: CHANGELOG.md\n');
    // Tests and the test workflow are nowhere in the description.
    expect(text).not.toContain('tests/');
    expect(text).not.toContain('workflows');
  });

  it('tells a repository with nothing ML that the preset waits', () => {
    const text = starterConfig({ files: layouts.webApp });
    expect(text).toContain(
      '\n# The recommended preset finds no data, model, deployment or pipeline files here yet; it\n# starts asking for documents when such files appear.\n',
    );
    expect(text).not.toMatch(/^# {3}[a-z]+: \d+ files?/m);
  });

  it('without a README, does not promise that the README counts', () => {
    const text = starterConfig({ files: ['train.py'] });
    expect(text).toContain('\n#     no model card yet: create MODEL_CARD.md\n');
  });

  it.each(Object.entries(layouts))('writes a config for the %s layout that loads to the preset', (_name, files) => {
    const config = loadConfig({ text: starterConfig({ files }), file: '.github/ml-docs-guard.yml' });
    expect({ ...config, changelog: RECOMMENDED_PRESET.changelog }).toEqual(RECOMMENDED_PRESET);
  });
});
