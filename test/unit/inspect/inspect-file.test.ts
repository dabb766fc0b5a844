import { describe, expect, it } from '@jest/globals';
import { CHANGE_KINDS, INSPECTORS, inspectFile, isChangeKind } from '../../../src/core/inspect/index.js';
import type { ChangedFile, ContentSource } from '../../../src/core/types.js';
import { countingSource, hunks, inspect, scenario } from './helpers.js';

const inspectorFor = (path: string): string | undefined => INSPECTORS.find((inspector) => inspector.matches(path))?.name;

describe('inspector registry', () => {
  it.each([
    ['params.yaml', 'structured-config'],
    ['configs/model/resnet.yaml', 'structured-config'],
    ['conf/experiment/big.yaml', 'structured-config'],
    ['MLproject', 'structured-config'],
    ['models/bert/config.json', 'structured-config'],
    ['data/raw/train.csv.dvc', 'dvc-pointer'],
    ['dvc.lock', 'dvc-lock'],
    ['pipelines/dvc.yaml', 'dvc-pipeline'],
    ['schemas/customer.schema.json', 'data-schema'],
    ['.github/workflows/retrain.yml', 'workflow-schedule'],
    ['requirements-gpu.txt', 'requirements-txt'],
    ['pyproject.toml', 'pyproject'],
    ['Pipfile', 'pipfile'],
    ['environment.yml', 'conda-env'],
    ['deploy/environment.yml', 'conda-env'],
    ['setup.py', 'setup-py'],
    ['serving/Dockerfile.gpu', 'dockerfile'],
    ['docker-compose.prod.yml', 'compose'],
    ['charts/model/templates/deployment.yaml', 'helm-template'],
    ['charts/model/values.yaml', 'kubernetes'],
    ['k8s/service.yaml', 'kubernetes'],
    ['infra/main.tf', 'terraform'],
    ['dags/retrain.py', 'airflow-dag'],
    ['metrics.json', 'metrics'],
    ['reports/model_metrics.yaml', 'metrics'],
    ['src/model/train.py', 'source-code'],
    ['notebooks/eda.ipynb', 'notebook'],
    ['models/model.safetensors', 'artefact'],
    ['README.md', undefined],
    ['data/train.csv', undefined],
    ['tsconfig.json', undefined],
  ])('sends %s to %s', (path, expected) => {
    expect(inspectorFor(path)).toBe(expected);
  });
});

describe('inspectFile', () => {
  it.each<ChangedFile>([
    { path: 'README.md', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b\n' },
    { path: 'data/train.csv', status: 'modified' },
    { path: 'params.yaml', status: 'modified', binary: true },
    { path: 'params.yaml', status: 'unchanged' },
    { path: 'configs/train.yaml', previousPath: 'train.yaml', status: 'renamed', additions: 0, deletions: 0 },
  ])('reads nothing for $path ($status)', async (file) => {
    const source = countingSource({ base: { [file.path]: 'a: 1\n', 'train.yaml': 'a: 1\n' }, head: { [file.path]: 'a: 2\n' } });
    await inspectFile({ file, patch: undefined, source });
    expect(source.reads).toEqual([]);
  });

  it.each([
    { path: 'params.yaml', base: undefined, head: 'a: 1\n', reads: ['head:params.yaml'] },
    { path: 'params.yaml', base: 'a: 1\n', head: undefined, reads: ['base:params.yaml'] },
    { path: 'k8s/deployment.yaml', base: undefined, head: 'a: 1\n', reads: ['head:k8s/deployment.yaml'] },
    { path: 'Dockerfile', base: undefined, head: 'FROM a\n', reads: [] },
    { path: 'requirements.txt', base: 'a==1\n', head: undefined, reads: [] },
  ])('reads only the sides $path has (base: $base, head: $head)', async ({ path, base, head, reads }) => {
    const input = scenario({ path, base, head });
    await inspect(input);
    expect(input.source.reads).toEqual(reads);
  });

  it('never asks for the base of an added file, even without a patch', async () => {
    const input = scenario({ path: 'src/train.py', head: 'def fit():\n    pass\n', withPatch: false });
    expect((await inspect(input)).map((change) => change.summary)).toEqual(['new file defining `fit`']);
    expect(input.source.reads).toEqual(['head:src/train.py']);
  });

  it.each([
    { path: 'params.yaml', withPatch: true },
    { path: 'Dockerfile', withPatch: false },
  ])('says so when $path cannot be read where its status says it exists', async ({ path, withPatch }) => {
    const file: ChangedFile = { path, status: 'modified' };
    const patch = withPatch ? hunks('@@ -1 +1 @@\n-a: 1\n+a: 2\n') : undefined;
    const changes = await inspectFile({ file, patch, source: countingSource({ base: { [path]: 'a: 1\n' } }) });
    expect(changes).toEqual([
      { file: path, kind: 'not-inspected', summary: `\`${path}\` could not be read at head (missing or binary); not inspected` },
    ]);
  });

  it('rethrows a failure of the source itself', async () => {
    const failure = new Error('GET /contents/params.yaml: 502 Bad Gateway');
    const source: ContentSource = {
      readFile: () => Promise.reject(failure),
      listFiles: () => Promise.resolve([]),
    };
    await expect(inspectFile({ file: { path: 'params.yaml', status: 'modified' }, patch: undefined, source })).rejects.toBe(
      failure,
    );
  });

  it('orders changes by line with file-level facts first', async () => {
    const lock = (md5: string): string =>
      `schema: '2.0'\nstages:\n  a:\n    cmd: run a\n    outs:\n    - path: out/a\n      md5: ${md5}\n  b:\n    cmd: run b\n    outs:\n    - path: out/b\n      md5: ${md5}\n`;
    const changes = await inspect(scenario({ path: 'dvc.lock', base: lock('1111111111'), head: lock('2222222222') }));
    expect(changes.map((change) => change.line)).toEqual([undefined, 6, 11]);
  });
});

describe('change kinds', () => {
  it.each([
    ['hyperparameter', true],
    ['framework', true],
    ['parse-error', true],
    ['Hyperparameter', false],
    ['model', false],
  ])('%s is a change kind: %s', (value, expected) => {
    expect(isChangeKind(value)).toBe(expected);
  });

  it('lists each kind once', () => {
    expect(new Set(CHANGE_KINDS).size).toBe(CHANGE_KINDS.length);
  });
});
