import { describe, expect, it } from '@jest/globals';
import { inspect, scenario, summariesOf } from './helpers.js';

describe('requirements files', () => {
  it('reports a torch bump as an ML framework change at its line', async () => {
    const base = 'numpy==1.26.4\ntorch==2.1.0\nrequests>=2.31\n';
    const head = 'numpy==1.26.4\ntorch==2.2.0\nrequests>=2.31\n';
    expect(await inspect(scenario({ path: 'requirements.txt', base, head }))).toEqual([
      {
        file: 'requirements.txt',
        line: 2,
        kind: 'framework',
        key: 'torch',
        before: '2.1.0',
        after: '2.2.0',
        summary: 'ML framework `torch` 2.1.0 → 2.2.0',
      },
    ]);
  });

  it.each([
    {
      name: 'ranges, extras, markers and hashes',
      path: 'requirements/gpu.txt',
      base: 'transformers[torch]>=4.38,<5\nscikit_learn==1.3.2 ; python_version > "3.9"\nsix==1.16.0 \\\n    --hash=sha256:abc\n',
      head: 'transformers[torch]>=4.40,<5\nscikit-learn==1.4.0 ; python_version > "3.9"\n',
      expected: [
        'ML framework `transformers` >=4.38,<5 → >=4.40,<5',
        'ML framework `scikit-learn` 1.3.2 → 1.4.0',
        'removed dependency `six`',
      ],
    },
    {
      name: 'added packages, pinned and unpinned, skipping options and comments',
      path: 'dev-requirements.in',
      base: '-r requirements.txt\n',
      head: '-r requirements.txt\n--index-url https://download.pytorch.org/whl/cu121\n# tooling\npytest\nxgboost==2.0.3  # gradient boosting\n',
      expected: ['new dependency `pytest` (unpinned)', 'new ML framework `xgboost` 2.0.3'],
    },
    {
      name: 'reordered lines as no change',
      path: 'requirements.txt',
      base: 'a==1\nb==2\n',
      head: 'b==2\na==1\n',
      expected: [],
    },
  ])('reads $name', async ({ path, base, head, expected }) => {
    expect(await summariesOf(scenario({ path, base, head }))).toEqual(expected);
  });

  it('reads requirements from the patch, not from the repository', async () => {
    const input = scenario({ path: 'requirements.txt', base: 'torch==2.1.0\n', head: 'torch==2.2.0\n' });
    await inspect(input);
    expect(input.source.reads).toEqual([]);
  });
});

describe('pyproject.toml', () => {
  const pyproject = (torch: string, extra: string): string => `[build-system]
requires = ["setuptools>=68"]

[project]
name = "churn-model"
requires-python = ">=3.10"
dependencies = [
  "pandas>=2.1",
  "torch${torch}",
]

[project.optional-dependencies]
serve = [${extra}]

[tool.poetry.dependencies]
lightgbm = { version = "^4.1", optional = true }

[tool.poetry.group.dev.dependencies]
pytest = "^7.4"
`;

  it('reports project, optional and Poetry dependencies with their lines', async () => {
    const changes = await inspect(
      scenario({
        path: 'pyproject.toml',
        base: pyproject('==2.1.0', '"fastapi>=0.100"').replace('^4.1', '^4.0'),
        head: pyproject('==2.2.0', '"fastapi>=0.110", "uvicorn"'),
      }),
    );
    expect(changes.map(({ line, kind, summary }) => ({ line, kind, summary }))).toEqual([
      { line: 9, kind: 'framework', summary: 'ML framework `torch` 2.1.0 → 2.2.0' },
      { line: 13, kind: 'dependency', summary: 'dependency `fastapi` >=0.100 → >=0.110 (optional serve)' },
      { line: 13, kind: 'dependency', summary: 'new dependency `uvicorn` (unpinned, optional serve)' },
      { line: 16, kind: 'framework', summary: 'ML framework `lightgbm` ^4.0 → ^4.1' },
    ]);
  });

  it('reports malformed TOML as a parse error', async () => {
    const changes = await inspect(
      scenario({ path: 'pyproject.toml', base: '[project]\nname = "a"\n', head: '[project\nname = "a"\n' }),
    );
    expect(changes).toEqual([expect.objectContaining({ kind: 'parse-error', line: 1 })]);
  });
});

describe('Pipfile', () => {
  it('reports packages and dev packages', async () => {
    const pipfile = (torch: string, black: string): string =>
      `[packages]\ntorch = "${torch}"\nrequests = "*"\n\n[dev-packages]\nblack = "${black}"\n\n[requires]\npython_version = "3.11"\n`;
    expect(
      await summariesOf(scenario({ path: 'Pipfile', base: pipfile('==2.1.0', '==23.1'), head: pipfile('==2.2.0', '==24.1') })),
    ).toEqual(['ML framework `torch` 2.1.0 → 2.2.0', 'dependency `black` 23.1 → 24.1 (dev)']);
  });
});

describe('conda environments', () => {
  it('reports conda and pip dependencies and channels', async () => {
    const environment = (channels: string, pytorch: string, numpy: string, pip: string): string =>
      `name: train\nchannels:\n${channels}dependencies:\n  - python=3.10\n  - pytorch::pytorch=${pytorch}\n  - numpy${numpy}\n  - pip\n  - pip:\n    - ${pip}\n`;
    const changes = await inspect(
      scenario({
        path: 'environment.yml',
        base: environment('  - pytorch\n', '2.1.0', '>=1.24', 'mlflow==2.9.0'),
        head: environment('  - pytorch\n  - conda-forge\n', '2.2.0=py3.10_cuda12.1_0', '>=1.26', 'mlflow==2.10.0'),
      }),
    );
    expect(changes.map(({ line, summary }) => ({ line, summary }))).toEqual([
      { line: 2, summary: 'conda channels [pytorch] → [pytorch, conda-forge]' },
      { line: 7, summary: 'ML framework `pytorch` 2.1.0 → 2.2.0=py3.10_cuda12.1_0' },
      { line: 8, summary: 'dependency `numpy` >=1.24 → >=1.26' },
      { line: 11, summary: 'dependency `mlflow` 2.9.0 → 2.10.0 (pip)' },
    ]);
  });
});

describe('setup.py and setup.cfg', () => {
  it('reads install_requires strings from setup.py lines, not other arguments', async () => {
    const setup = (version: string, torch: string): string =>
      `from setuptools import setup\n\nsetup(\n    name="churn",\n    version="${version}",\n    install_requires=[\n        "${torch}",\n        "numpy",\n    ],\n    extras_require={"dev": ["pytest"]},\n)\n`;
    expect(
      await summariesOf(scenario({ path: 'setup.py', base: setup('0.1', 'torch>=2.0'), head: setup('0.2', 'torch>=2.1') })),
    ).toEqual(['ML framework `torch` >=2.0 → >=2.1']);
  });

  it('reads install_requires continuation lines from setup.cfg', async () => {
    const cfg = (pin: string): string =>
      `[metadata]\nname = churn\n\n[options]\ninstall_requires =\n    tensorflow${pin}\n    pandas\n`;
    expect(await summariesOf(scenario({ path: 'setup.cfg', base: cfg('==2.14.0'), head: cfg('==2.15.0') }))).toEqual([
      'ML framework `tensorflow` 2.14.0 → 2.15.0',
    ]);
  });
});
