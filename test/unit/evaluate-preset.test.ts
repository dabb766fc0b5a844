import { describe, expect, it } from '@jest/globals';
import { RECOMMENDED_PRESET } from '../../src/core/config/presets.js';
import { evaluatePullRequest } from '../../src/core/evaluate-pull-request.js';
import type { ChangedFile, PullRequestInfo } from '../../src/core/types.js';
import { MemorySource } from '../helpers/memory-source.js';

const pullRequest = (fields: Partial<PullRequestInfo> = {}): PullRequestInfo => ({
  number: 12,
  title: 'Lower the learning rate',
  body: '## Motivation\nOverfitting after epoch 5.\n\n## How was this tested?\nRetrained; val loss 0.41 → 0.37.',
  labels: [],
  ...fields,
});

const edit = (path: string, patch = '@@ -1 +1 @@\n-a\n+b'): ChangedFile => ({
  path,
  status: 'modified',
  additions: 1,
  deletions: 1,
  patch,
});

/** A small ML repository at base: code, params, a model card and a changelog. */
const repository = {
  'params.yaml': 'train:\n  lr: 0.01\n  epochs: 10\n',
  'src/models/net.py': 'class Net:\n    pass\n',
  Dockerfile: 'FROM python:3.12-slim\n',
  'README.md': '# Churn\n',
  'MODEL_CARD.md': '# Model card\n',
  'CHANGELOG.md': '# Changelog\n',
};

async function evaluate(files: ChangedFile[], fields: Partial<PullRequestInfo> = {}, base: Record<string, string> = repository) {
  const head = { ...base, 'params.yaml': 'train:\n  lr: 0.001\n  epochs: 10\n' };
  const source = new MemorySource({ base, head });
  const report = await evaluatePullRequest({
    files,
    pullRequest: pullRequest(fields),
    config: RECOMMENDED_PRESET,
    source,
    configPath: '.github/ml-docs-guard.yml',
  });
  return { report, source };
}

const paramsEdit = edit('params.yaml', '@@ -1,3 +1,3 @@\n train:\n-  lr: 0.01\n+  lr: 0.001\n   epochs: 10');

describe('evaluatePullRequest with the recommended preset', () => {
  it('passes a documented model change and writes its changelog entry', async () => {
    const { report, source } = await evaluate([
      paramsEdit,
      edit('src/models/net.py'),
      edit('MODEL_CARD.md'),
      edit('CHANGELOG.md'),
    ]);
    expect(report.verdict).toBe('pass');
    expect(report.areas.map((area) => [area.name, area.satisfied, area.files, area.docs])).toEqual([
      ['model', true, ['params.yaml', 'src/models/net.py'], ['MODEL_CARD.md']],
    ]);
    expect(report.changelog.entry).toMatch(
      /^### Changed\n- Model: Lower the learning rate \(#12\)\n {2}- Files: `params.yaml`, `src\/models\/net.py`\n/,
    );
    expect(report.areas[0]?.changes).toContainEqual(
      expect.objectContaining({ file: 'params.yaml', key: 'train.lr', before: '0.01', after: '0.001' }),
    );
    expect(report.changelog.entry).toContain('  - Changes: `train.lr`: 0.01 → 0.001');
    expect(report.changelog.entry).toContain('  - Why: Overfitting after epoch 5.');
    expect(report.changelog.entry).toContain('  - Testing: Retrained; val loss 0.41 → 0.37.');
    expect(source.count('listFiles')).toBe(0);
  });

  it('fails a deployment change without docs, suggesting the template, and accepts nothing else', async () => {
    const { report, source } = await evaluate([edit('Dockerfile')]);
    expect(report.verdict).toBe('fail');
    expect(report.missing.map((missing) => missing.area)).toEqual(['deployment', 'changelog']);
    expect(report.areas[0]).toMatchObject({ name: 'deployment', satisfied: false, suggestedDoc: 'DEPLOYMENT.md' });
    expect(report.areas[0]?.expected).toEqual(expect.arrayContaining(['DEPLOYMENT.md', 'README.md']));
    expect(source.count('listFiles')).toBe(1);
  });

  it('accepts the README for an area whose dedicated doc the repository does not keep yet', async () => {
    const { report } = await evaluate([edit('Dockerfile'), edit('README.md'), edit('CHANGELOG.md')]);
    expect(report.verdict).toBe('pass');
    expect(report.areas[0]).toMatchObject({
      name: 'deployment',
      satisfied: true,
      docs: ['README.md'],
      suggestedDoc: 'DEPLOYMENT.md',
    });
  });

  it('refuses the README for the model once the repository keeps a model card', async () => {
    const { report } = await evaluate([paramsEdit, edit('README.md'), edit('CHANGELOG.md')]);
    expect(report.verdict).toBe('fail');
    expect(report.missing.map((missing) => missing.area)).toEqual(['model']);
  });

  it('passes a README typo, a test and a lint workflow without reading anything', async () => {
    const { report, source } = await evaluate([edit('README.md'), edit('tests/test_net.py'), edit('.github/workflows/lint.yml')]);
    expect(report.verdict).toBe('pass');
    expect(report.areas).toEqual([]);
    expect(report.stats).toEqual({ files: 3, ignored: 1, docs: 1 });
    expect(source.calls).toEqual([]);
  });

  it('skips on the default label and tells a PR that edits the config when it applies', async () => {
    const { report } = await evaluate([paramsEdit, edit('.github/ml-docs-guard.yml')], { labels: ['skip-ml-docs'] });
    expect(report.verdict).toBe('skipped');
    expect(report.skipReason).toBe('label `skip-ml-docs`');
    expect(report.notices).toHaveLength(1);
  });

  it('warns instead of failing in warn mode', async () => {
    const source = new MemorySource({ base: repository, head: repository });
    const report = await evaluatePullRequest({
      files: [edit('Dockerfile')],
      pullRequest: pullRequest(),
      config: { ...RECOMMENDED_PRESET, mode: 'warn' },
      source,
    });
    expect(report.verdict).toBe('warn');
  });
});

describe('content triggers of the recommended preset', () => {
  const pyproject = (lines: { before: string; after: string }) =>
    evaluatePullRequest({
      files: [
        {
          path: 'pyproject.toml',
          status: 'modified',
          patch: `@@ -1,6 +1,6 @@\n [project]\n name = "churn"\n dependencies = [\n-${lines.before}\n+${lines.after}\n ]`,
        },
      ],
      pullRequest: { title: 'Update project settings', body: '', labels: [] },
      config: RECOMMENDED_PRESET,
      source: new MemorySource({
        base: { 'pyproject.toml': `[project]\nname = "churn"\ndependencies = [\n${lines.before}\n]\n` },
        head: { 'pyproject.toml': `[project]\nname = "churn"\ndependencies = [\n${lines.after}\n]\n` },
      }),
    });

  it('makes a framework bump in pyproject.toml a pipeline change, naming it', async () => {
    const report = await pyproject({ before: '  "torch==2.1.0",', after: '  "torch==2.2.0",' });
    expect(report.areas.map((area) => area.name)).toEqual(['pipeline']);
    expect(report.areas[0]?.files).toEqual(['pyproject.toml']);
    expect(report.areas[0]?.changes.map((change) => change.kind)).toEqual(['framework']);
    expect(report.verdict).toBe('fail');
  });

  it('lets a pyproject.toml edit that changes no dependency pass untouched', async () => {
    const report = await pyproject({ before: '  "torch==2.1.0",', after: '  "torch==2.1.0",  # pinned for CUDA 12' });
    expect(report.areas).toEqual([]);
    expect(report.verdict).toBe('pass');
  });
});

describe('serving entry points in the recommended preset', () => {
  const serving = 'import joblib\nfrom fastapi import FastAPI\napp = FastAPI()\nmodel = joblib.load("model.joblib")\n';
  const web = 'from django.http import JsonResponse\ndef health(request):\n    return JsonResponse({"ok": True})\n';
  const run = (text: string) =>
    evaluatePullRequest({
      files: [{ path: 'app.py', status: 'modified', patch: '@@ -1,1 +1,1 @@\n-# v1\n+# v2' }],
      pullRequest: { title: 'Tune the endpoint', body: '', labels: [] },
      config: RECOMMENDED_PRESET,
      source: new MemorySource({ base: { 'app.py': `# v1\n${text}` }, head: { 'app.py': `# v2\n${text}` } }),
    });

  it('makes an app.py that serves a model a deployment change', async () => {
    const report = await run(serving);
    expect(report.areas.map((area) => [area.name, area.files])).toEqual([['deployment', ['app.py']]]);
    expect(report.areas[0]?.changes.map((change) => change.summary)).toEqual(['changed model-serving code (FastAPI)']);
  });

  it('leaves an app.py that serves no model alone', async () => {
    const report = await run(web);
    expect(report.areas).toEqual([]);
    expect(report.verdict).toBe('pass');
  });
});
