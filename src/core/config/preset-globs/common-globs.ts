/*
 * The globs of the `recommended` preset, as data. Globs read like .gitignore: no slash matches
 * at any depth (`*.dvc`), a slash anchors at the root (`src/models/**`), a trailing slash means
 * a directory at any depth (`serving/`), a leading slash a root entry (`/test/`), `!` excludes
 * from the same list. Where a name is ambiguous the preset leaves it out: a false alarm on an
 * ordinary change teaches people to skip the check.
 */

import type { ContentTrigger } from '../../types.js';

/** Source files of web frameworks, which name their ORM classes `models/` too. */
export const WEB_SOURCE = '{js,jsx,ts,tsx,mjs,cjs,vue,svelte,rb,erb,php}';

/** Web source plus the JSON and styles front ends keep in `src/data/` and `src/features/` (Redux feature folders). */
export const WEB_FILES = '{js,jsx,ts,tsx,mjs,cjs,vue,svelte,rb,erb,php,json,css,scss,html}';

/** Trained-model file formats (PyTorch, Lightning, ONNX, Keras, safetensors, TF Lite, Core ML, GGUF). */
export const MODEL_FORMATS = '{ckpt,pt,pth,onnx,keras,safetensors,tflite,mlmodel,gguf}';

/** Hydra and OmegaConf config roots: `configs/` (Lightning-Hydra template), `conf/` (Hydra docs), `config/`. */
export const CONFIG_ROOTS = '{conf,config,configs}';

/** Documentation: it satisfies requirements and never triggers an area. */
export const DOCUMENTATION_GLOBS: readonly string[] = [
  '**/*.md',
  '**/*.mdx',
  '**/*.rst',
  'docs/**',
  'doc/**',
  // cookiecutter-data-science keeps data dictionaries and manuals here.
  'references/**',
  '**/README*',
  '**/CHANGELOG*',
  'mkdocs.yml',
  'LICENSE*',
];

/** Files that never demand ML docs, even when an area's glob (the preset's or yours) catches them. */
export const PRESET_IGNORE: readonly string[] = [
  // Tests: a test-only change changes no behaviour to document.
  'tests/',
  '/test/',
  '__tests__/',
  'test_*.py',
  '*_test.py',
  'conftest.py',
  // Test harnesses beside the code (mlops-zoomcamp's integration-test/docker-compose.yaml).
  'integration[-_]test*/',
  'e2e/',
  // ...but a dataset's test split (`data/test/`, `data/tests/`) is data.
  '!data/**/tests/**',
  '!datasets/**/tests/**',
  // Editors, linters and repository housekeeping.
  '.vscode/',
  '.idea/',
  '.devcontainer/',
  '.editorconfig',
  '.pre-commit-config.yaml',
  '.flake8',
  'ruff.toml',
  '.ruff.toml',
  '.pylintrc',
  'mypy.ini',
  '.gitignore',
  '.gitattributes',
  // Exploration notebooks; results that matter land in code, configs and docs.
  'notebooks/',
];

/**
 * Accepted for every preset area while the repository keeps none of the area's dedicated docs.
 * (`README.rst`: Python projects, MLflow's examples among them, write their README in rST.)
 */
export const FALLBACK_DOC_GLOBS: readonly string[] = ['README.md', 'README.rst', 'docs/**'];

/** What triggers one built-in area and which documents are dedicated to it. */
export interface AreaGlobs {
  readonly description: string;
  readonly paths: readonly string[];
  readonly docs: readonly string[];
  /** Files that trigger the area only when their inspection finds one of these kinds of change. */
  readonly content?: ContentTrigger;
}
