import { describe, expect, it } from '@jest/globals';
import { inspect, scenario, summariesOf } from './helpers.js';

const PARAMS_BEFORE = `# DVC parameters
prepare:
  split: 0.2
  seed: 20170428
train:
  learning_rate: 0.01
  epochs: 10
  momentum: 0.9
`;

const PARAMS_AFTER = `# DVC parameters
prepare:
  split: 0.2
  seed: 20170428
train:
  learning_rate: 0.001
  epochs: 10
  dropout: 0.1
`;

describe('structured config inspector', () => {
  it('reports a params.yaml learning rate change at its head line', async () => {
    const changes = await inspect(scenario({ path: 'params.yaml', base: PARAMS_BEFORE, head: PARAMS_AFTER }));
    expect(changes).toEqual([
      {
        file: 'params.yaml',
        line: 6,
        kind: 'hyperparameter',
        key: 'train.learning_rate',
        before: '0.01',
        after: '0.001',
        summary: '`train.learning_rate`: 0.01 → 0.001',
      },
      {
        file: 'params.yaml',
        line: 8,
        kind: 'hyperparameter',
        key: 'train.dropout',
        after: '0.1',
        summary: '`train.dropout` added: 0.1',
      },
      {
        file: 'params.yaml',
        line: 8,
        kind: 'hyperparameter',
        key: 'train.momentum',
        before: '0.9',
        summary: '`train.momentum` removed (was 0.9)',
      },
    ]);
  });

  it.each([
    {
      name: 'a Hydra config with a defaults list and written number forms',
      path: 'configs/model/resnet.yaml',
      base: 'defaults:\n  - optimizer: adam\nmodel:\n  depth: 18\n  lr: 1e-3\n',
      head: 'defaults:\n  - optimizer: sgd\nmodel:\n  depth: 50\n  lr: 1e-4\n',
      expected: ['`defaults`: [{optimizer: adam}] → [{optimizer: sgd}]', '`model.depth`: 18 → 50', '`model.lr`: 1e-3 → 1e-4'],
    },
    {
      name: 'a JSON training config',
      path: 'train_config.json',
      base: '{\n  "batch_size": 32,\n  "layers": [64, 32]\n}\n',
      head: '{\n  "batch_size": 64,\n  "layers": [128, 64, 32]\n}\n',
      expected: ['`batch_size`: 32 → 64', '`layers`: [64, 32] → [128, 64, 32]'],
    },
    {
      name: 'a TOML experiment config with tables',
      path: 'experiment.toml',
      base: '[optimizer]\nname = "adam"\nlr = 0.01\n\n[data]\nbatch = 32\n',
      head: '[optimizer]\nname = "adamw"\nlr = 0.01\nweight_decay = 0.05\n\n[data]\nbatch = 32\n',
      expected: ['`optimizer.name`: adam → adamw', '`optimizer.weight_decay` added: 0.05'],
    },
    {
      name: 'YAML merge keys resolved to their values',
      path: 'conf/train.yaml',
      base: 'base: &base\n  lr: 0.1\nrun:\n  <<: *base\n  epochs: 3\n',
      head: 'base: &base\n  lr: 0.2\nrun:\n  <<: *base\n  epochs: 3\n',
      expected: ['`base.lr`: 0.1 → 0.2', '`run.lr`: 0.1 → 0.2'],
    },
    {
      name: 'secret-looking keys with hidden values',
      path: 'configs/tracking.yaml',
      base: 'wandb:\n  project: demo\n  api_key: abc123\n',
      head: 'wandb:\n  project: demo2\n  api_key: def456\n  token: xyz\n',
      expected: [
        '`wandb.project`: demo → demo2',
        '`wandb.api_key`: changed (value hidden)',
        '`wandb.token` added (value hidden)',
      ],
    },
  ])('diffs $name', async ({ path, base, head, expected }) => {
    expect(await summariesOf(scenario({ path, base, head }))).toEqual(expected);
  });

  it('reports evaluation metrics that moved as metrics', async () => {
    const changes = await inspect(
      scenario({
        path: 'eval/metrics.json',
        base: '{"eval": {"f1": 0.81, "auc": 0.9}}',
        head: '{"eval": {"f1": 0.84, "auc": 0.9}}',
      }),
    );
    expect(changes).toEqual([
      {
        file: 'eval/metrics.json',
        line: 1,
        kind: 'metric',
        key: 'eval.f1',
        before: '0.81',
        after: '0.84',
        summary: '`eval.f1`: 0.81 → 0.84',
      },
    ]);
  });

  it('separates MLproject parameters from its commands', async () => {
    const base =
      'name: demo\nentry_points:\n  main:\n    parameters:\n      alpha: {type: float, default: 0.5}\n    command: "python train.py {alpha}"\n';
    const head =
      'name: demo\nentry_points:\n  main:\n    parameters:\n      alpha: {type: float, default: 0.7}\n    command: "python train.py --alpha {alpha}"\n';
    const changes = await inspect(scenario({ path: 'MLproject', base, head }));
    expect(changes.map(({ kind, summary }) => ({ kind, summary }))).toEqual([
      { kind: 'hyperparameter', summary: '`entry_points.main.parameters.alpha.default`: 0.5 → 0.7' },
      { kind: 'pipeline', summary: '`entry_points.main.command`: python train.py {alpha} → python train.py --alpha {alpha}' },
    ]);
  });

  it('lists every key of an added config and reads only head', async () => {
    const input = scenario({ path: 'params.yaml', head: 'train:\n  lr: 0.1\n' });
    expect(await summariesOf(input)).toEqual(['`train.lr` added: 0.1']);
    expect(input.source.reads).toEqual(['head:params.yaml']);
  });

  it('reads a renamed config under its previous path at base', async () => {
    const input = scenario({
      path: 'configs/train.yaml',
      previousPath: 'train.yaml',
      status: 'renamed',
      base: 'lr: 0.1\n',
      head: 'lr: 0.2\n',
    });
    expect(await summariesOf(input)).toEqual(['`lr`: 0.1 → 0.2']);
    expect(input.source.reads.sort()).toEqual(['base:train.yaml', 'head:configs/train.yaml']);
  });

  it('reads nothing for a pure rename', async () => {
    const input = scenario({
      path: 'configs/a.yaml',
      previousPath: 'configs/b.yaml',
      status: 'renamed',
      base: 'lr: 1\n',
      head: 'lr: 1\n',
    });
    expect(await inspect(input)).toEqual([]);
    expect(input.source.reads).toEqual([]);
  });

  it.each([
    { side: 'head', base: 'train:\n  lr: 0.1\n', head: 'train:\n  lr: [0.1\n  epochs: 3\n', line: 3 },
    { side: 'base', base: 'lr: 1\nlr: 2\n', head: 'lr: 1\n', line: undefined },
  ])('reports malformed YAML at $side as one parse error', async ({ side, base, head, line }) => {
    const changes = await inspect(scenario({ path: 'params.yaml', base, head }));
    expect(changes).toHaveLength(1);
    expect(changes[0]?.kind).toBe('parse-error');
    expect(changes[0]?.line).toBe(line);
    expect(changes[0]?.summary).toMatch(new RegExp(`^could not parse \`params.yaml\` at ${side}: \\S`));
  });

  it('reports malformed JSON with its line', async () => {
    const changes = await inspect(scenario({ path: 'configs/train.json', base: '{"a": 1}\n', head: '{\n  "a": 1,\n}\n' }));
    expect(changes).toEqual([expect.objectContaining({ kind: 'parse-error', line: 3 })]);
  });

  it('does not parse files larger than 1 MiB', async () => {
    const huge = `values: [${'1, '.repeat(400_000)}1]\n`;
    expect(await summariesOf(scenario({ path: 'params.yaml', base: 'values: [1]\n', head: huge }))).toEqual([
      '`params.yaml` at head is larger than 1 MiB; not parsed',
    ]);
  });

  it('bounds the list and counts what it left out', async () => {
    const keys = (value: number): string => Array.from({ length: 60 }, (_, index) => `k${index}: ${value}`).join('\n');
    const changes = await inspect(scenario({ path: 'params.yaml', base: keys(1), head: keys(2) }));
    expect(changes).toHaveLength(51);
    expect(changes[49]?.summary).toBe('`k49`: 1 → 2');
    expect(changes[50]).toEqual({ file: 'params.yaml', kind: 'omitted', summary: '… and 10 more changes in `params.yaml`' });
  });

  it.each(['tsconfig.json', 'package.json', '.github/ml-docs-guard.yml', 'docs/notes.yaml', 'mkdocs.yml'])(
    'leaves %s alone without reading it',
    async (path) => {
      const input = scenario({ path, base: 'a: 1\n', head: 'a: 2\n' });
      expect(await inspect(input)).toEqual([]);
      expect(input.source.reads).toEqual([]);
    },
  );
});
