import { describe, expect, it } from '@jest/globals';
import { inspect, scenario, summariesOf } from './helpers.js';

const pointer = ({
  md5,
  size,
  path = 'train.csv',
  nfiles,
}: {
  md5: string;
  size: number;
  path?: string;
  nfiles?: number;
}): string =>
  `outs:\n- md5: ${md5}\n  size: ${size}\n${nfiles === undefined ? '' : `  nfiles: ${nfiles}\n`}  hash: md5\n  path: ${path}\n`;

describe('DVC pointer files', () => {
  it('reports a new dataset version with short hashes and sizes', async () => {
    const changes = await inspect(
      scenario({
        path: 'data/raw/train.csv.dvc',
        base: pointer({ md5: '1a2b3c4d5e6f77889900aabbccddeeff', size: 1_200_000 }),
        head: pointer({ md5: '4d5e6f7a8b9c00112233445566778899', size: 1_500_000 }),
      }),
    );
    expect(changes).toEqual([
      {
        file: 'data/raw/train.csv.dvc',
        line: 2,
        kind: 'dataset',
        key: 'data/raw/train.csv',
        before: '1a2b3c4d5e6f77889900aabbccddeeff',
        after: '4d5e6f7a8b9c00112233445566778899',
        summary: 'dataset `data/raw/train.csv`: md5 1a2b3c4 → 4d5e6f7, size 1.2 MB → 1.5 MB',
      },
    ]);
  });

  it.each([
    {
      name: 'a new dataset directory',
      path: 'data/images.dvc',
      base: undefined,
      head: pointer({ md5: 'abcdef0123456789.dir', size: 2_048, path: 'images', nfiles: 3 }),
      expected: ['new dataset `data/images` (md5 abcdef0.dir, 2 kB, 3 files)'],
    },
    {
      name: 'a removed dataset',
      path: 'data/train.csv.dvc',
      base: pointer({ md5: 'abcdef0123456789', size: 10 }),
      head: undefined,
      expected: ['removed dataset `data/train.csv`'],
    },
    {
      name: 'a directory that gained files',
      path: 'data/images.dvc',
      base: pointer({ md5: 'aaaaaaa1.dir', size: 100, path: 'images', nfiles: 3 }),
      head: pointer({ md5: 'bbbbbbb2.dir', size: 100, path: 'images', nfiles: 5 }),
      expected: ['dataset `data/images`: md5 aaaaaaa.dir → bbbbbbb.dir, files 3 → 5'],
    },
    {
      name: 'a DVC 3 migration that only adds the hash name',
      path: 'data/train.csv.dvc',
      base: 'outs:\n- md5: abc\n  size: 10\n  path: train.csv\n',
      head: 'outs:\n- md5: abc\n  size: 10\n  hash: md5\n  path: train.csv\n',
      expected: [],
    },
  ])('reports $name', async ({ path, base, head, expected }) => {
    expect(await summariesOf(scenario({ path, base, head }))).toEqual(expected);
  });

  it('names tracked models as model artefacts', async () => {
    const changes = await inspect(
      scenario({
        path: 'models/model.pkl.dvc',
        base: pointer({ md5: '1111111aaa', size: 5_000_000, path: 'model.pkl' }),
        head: pointer({ md5: '2222222bbb', size: 5_100_000, path: 'model.pkl' }),
      }),
    );
    expect(changes.map(({ kind, summary }) => ({ kind, summary }))).toEqual([
      { kind: 'artifact', summary: 'model artefact `models/model.pkl`: md5 1111111 → 2222222, size 5 MB → 5.1 MB' },
    ]);
  });

  it('reports the revision an imported dataset comes from', async () => {
    const imported = (rev: string, md5: string): string =>
      `deps:\n- path: data/features.parquet\n  repo:\n    url: https://github.com/acme/datasets\n    rev_lock: ${rev}\nouts:\n- md5: ${md5}\n  path: features.parquet\n`;
    expect(
      await summariesOf(
        scenario({
          path: 'data/features.parquet.dvc',
          base: imported('0a1b2c3', 'aaaaaaaa'),
          head: imported('9f8e7d6', 'bbbbbbbb'),
        }),
      ),
    ).toEqual([
      'import source of `data/features.parquet`, `repo.rev_lock`: 0a1b2c3 → 9f8e7d6',
      'dataset `data/features.parquet`: md5 aaaaaaa → bbbbbbb',
    ]);
  });
});

const lockStage = ({
  cmd = 'python src/train.py',
  depMd5 = 'd1d1d1d1d1',
  outMd5 = 'o1o1o1o1o1',
  lr = 0.01,
  outSize = 1000,
} = {}): string => `  train:
    cmd: ${cmd}
    deps:
    - path: data/prepared
      md5: ${depMd5}.dir
      size: 5000
      nfiles: 2
    params:
      params.yaml:
        train.lr: ${lr}
    outs:
    - path: models/model.pkl
      md5: ${outMd5}
      size: ${outSize}
`;
const lock = (stages: string): string => `schema: '2.0'\nstages:\n${stages}`;

describe('dvc.lock', () => {
  it('reports a hash-only refresh as a re-run with no pipeline change', async () => {
    const changes = await inspect(
      scenario({ path: 'dvc.lock', base: lock(lockStage()), head: lock(lockStage({ outMd5: 'o2o2o2o2o2', outSize: 1200 })) }),
    );
    expect(changes).toEqual([
      { file: 'dvc.lock', kind: 'pipeline-run', summary: 're-recorded outputs of a re-run (no pipeline change)' },
      {
        file: 'dvc.lock',
        line: 14,
        kind: 'pipeline-output',
        key: 'models/model.pkl',
        before: 'o1o1o1o1o1',
        after: 'o2o2o2o2o2',
        summary: 'stage `train`: re-produced `models/model.pkl` (md5 o1o1o1o → o2o2o2o, size 1 kB → 1.2 kB)',
      },
    ]);
  });

  it('separates pipeline changes from recorded inputs and outputs', async () => {
    const base = lock(lockStage());
    const head = lock(
      lockStage({ cmd: 'python src/train.py --epochs 20', depMd5: 'd2d2d2d2d2', outMd5: 'o2o2o2o2o2', lr: 0.001 }),
    );
    expect(await summariesOf(scenario({ path: 'dvc.lock', base, head }))).toEqual([
      'stage `train`: cmd `python src/train.py` → `python src/train.py --epochs 20`',
      'stage `train`: param `train.lr` 0.01 → 0.001',
      'stage `train`: input `data/prepared` changed (md5 d1d1d1d.dir → d2d2d2d.dir)',
      'stage `train`: re-produced `models/model.pkl` (md5 o1o1o1o → o2o2o2o)',
    ]);
  });

  it('reports stages recorded for the first time and dropped', async () => {
    const evaluate = '  evaluate:\n    cmd: python src/evaluate.py\n';
    const prepare = '  prepare:\n    cmd: python src/prepare.py\n';
    expect(
      await summariesOf(scenario({ path: 'dvc.lock', base: lock(prepare + lockStage()), head: lock(lockStage() + evaluate) })),
    ).toEqual(['stage `prepare` no longer recorded', 'stage `evaluate` recorded for the first time']);
  });
});

const DVC_YAML_BEFORE = `stages:
  prepare:
    cmd: python src/prepare.py data/data.xml
    deps:
      - data/data.xml
      - src/prepare.py
    outs:
      - data/prepared
  train:
    cmd: python src/train.py
    deps:
      - data/prepared
    params:
      - train.lr
    outs:
      - models/model.pkl
`;

const DVC_YAML_AFTER = `stages:
  prepare:
    cmd: python src/prepare.py data/data.xml
    deps:
      - data/data.xml
      - src/prepare.py
    outs:
      - data/prepared
  train:
    cmd: python src/train.py --seed 1
    deps:
      - data/prepared
      - data/extra.csv
    params:
      - train.lr
      - train.dropout
    outs:
      - models/model.pkl:
          cache: false
    metrics:
      - metrics.json
  evaluate:
    cmd: python src/evaluate.py
    wdir: .
`;

describe('dvc.yaml', () => {
  it('reports stages added and changed field by field, at their lines', async () => {
    const changes = await inspect(scenario({ path: 'dvc.yaml', base: DVC_YAML_BEFORE, head: DVC_YAML_AFTER }));
    expect(changes.map(({ line, summary }) => ({ line, summary }))).toEqual([
      { line: 10, summary: 'stage `train`: cmd `python src/train.py` → `python src/train.py --seed 1`' },
      { line: 11, summary: 'stage `train`: deps added `data/extra.csv`' },
      { line: 14, summary: 'stage `train`: params added `train.dropout`' },
      { line: 17, summary: 'stage `train`: outs options of `models/model.pkl` changed' },
      { line: 20, summary: 'stage `train`: metrics added `metrics.json`' },
      { line: 22, summary: 'new stage `evaluate`: `python src/evaluate.py`' },
    ]);
  });

  it('reports a removed stage and top-level settings', async () => {
    const head = 'vars:\n  - seed: 2\nstages:\n  prepare:\n    cmd: python src/prepare.py data/data.xml\n';
    const base = `vars:\n  - seed: 1\n${DVC_YAML_BEFORE}`;
    expect(await summariesOf(scenario({ path: 'dvc.yaml', base, head }))).toEqual([
      '`vars`: [{seed: 1}] → [{seed: 2}]',
      'stage `prepare`: deps removed `data/data.xml`, `src/prepare.py`',
      'stage `prepare`: outs removed `data/prepared`',
      'removed stage `train`',
    ]);
  });
});
