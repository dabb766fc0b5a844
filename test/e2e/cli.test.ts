import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitRepo, type FileTree, type GitRepo } from '../helpers/git-repo.js';
import { runCli, stderrLines, type CliResult } from '../helpers/run-cli.js';

/** The fields of `--format json` these tests read. */
interface JsonReport {
  verdict: string;
  mode: string;
  skipReason: string | null;
  areas: { name: string; files: string[]; satisfied: boolean; changes: { summary: string }[] }[];
  missing: { area: string; expected: string[] }[];
  changelog: { path: string; updated: boolean; entry: string };
  notices: string[];
  stats: { files: number };
}

const CHANGELOG = '# Changelog\n\n## [Unreleased]\n';

/** One ML project layout, a change to one of its areas, and the document that covers it. */
interface Layout {
  readonly name: string;
  readonly files: FileTree;
  readonly change: FileTree;
  readonly area: string;
  readonly doc: string;
}

const LAYOUTS: readonly Layout[] = [
  {
    name: 'DVC: a data pointer',
    files: {
      'params.yaml': 'train:\n  learning_rate: 0.01\n',
      'dvc.yaml': 'stages:\n  train:\n    cmd: python src/train.py\n',
      'data/raw.csv.dvc': 'outs:\n- md5: aaaa\n  path: raw.csv\n',
      'DATASHEET.md': '# Datasheet\n',
      'MODEL_CARD.md': '# Model card\n',
    },
    change: { 'data/raw.csv.dvc': 'outs:\n- md5: bbbb\n  path: raw.csv\n' },
    area: 'data',
    doc: 'DATASHEET.md',
  },
  {
    name: 'DVC: the pipeline',
    files: {
      'dvc.yaml': 'stages:\n  train:\n    cmd: python src/train.py\n',
      'PIPELINE.md': '# Pipeline\n',
    },
    change: { 'dvc.yaml': 'stages:\n  train:\n    cmd: python src/train.py --epochs 5\n' },
    area: 'pipeline',
    doc: 'PIPELINE.md',
  },
  {
    name: 'cookiecutter data science: model code',
    files: {
      'src/data/make_dataset.py': 'def make():\n    pass\n',
      'src/models/train_model.py': 'EPOCHS = 10\n',
      'docs/model.md': '# Model\n',
    },
    change: { 'src/models/train_model.py': 'EPOCHS = 20\n' },
    area: 'model',
    doc: 'docs/model.md',
  },
  {
    name: 'Hydra: a model config group',
    files: {
      'configs/model/resnet.yaml': 'depth: 50\n',
      'configs/data/mnist.yaml': 'batch_size: 64\n',
      'model_card.md': '# Model card\n',
    },
    change: { 'configs/model/resnet.yaml': 'depth: 101\n' },
    area: 'model',
    doc: 'model_card.md',
  },
  {
    name: 'MLflow: the project file',
    files: {
      MLproject: 'name: churn\nentry_points:\n  main:\n    command: python train.py\n',
      'conda.yaml': 'dependencies:\n  - python=3.11\n',
      'docs/pipeline.md': '# Pipeline\n',
    },
    change: { MLproject: 'name: churn\nentry_points:\n  main:\n    command: python train.py --alpha 0.5\n' },
    area: 'pipeline',
    doc: 'docs/pipeline.md',
  },
  {
    name: 'Kubernetes and serving',
    files: {
      'k8s/deployment.yaml': 'kind: Deployment\nspec:\n  replicas: 2\n',
      'serving/app.py': 'def predict(x):\n    return x\n',
      'DEPLOYMENT.md': '# Deployment\n',
    },
    change: { 'k8s/deployment.yaml': 'kind: Deployment\nspec:\n  replicas: 4\n' },
    area: 'deployment',
    doc: 'DEPLOYMENT.md',
  },
];

async function checkJson(repo: GitRepo, args: readonly string[]): Promise<{ result: CliResult; report: JsonReport }> {
  const result = await runCli({ args: ['check', '--repo', repo.dir, '--base', 'main', '--format', 'json', ...args] });
  return { result, report: JSON.parse(result.stdout) as JsonReport };
}

describe.each(LAYOUTS)('ml-docs-guard check on $name', (layout) => {
  let repo: GitRepo;

  beforeAll(async () => {
    repo = await gitRepo({ files: { ...layout.files, 'README.md': '# Project\n', 'CHANGELOG.md': CHANGELOG } });
    await repo.branch('undocumented');
    await repo.commit({ message: `Change ${layout.area}`, files: layout.change });
    await repo.switchTo('main');
    await repo.branch('documented');
    await repo.commit({
      message: `Change ${layout.area}, documented`,
      files: {
        ...layout.change,
        [layout.doc]: `${String(layout.files[layout.doc])}\nUpdated.\n`,
        'CHANGELOG.md': `${CHANGELOG}\n- Changed.\n`,
      },
    });
  });
  afterAll(() => repo.remove());

  it("fails with exit code 1 when the area's document and the changelog are missing", async () => {
    const { result, report } = await checkJson(repo, ['--head', 'undocumented']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(report.verdict).toBe('fail');
    expect(report.areas.map((area) => [area.name, area.satisfied])).toEqual([[layout.area, false]]);
    expect(report.areas[0]?.files).toEqual(Object.keys(layout.change));
    expect(report.missing.map((missing) => missing.area).sort()).toEqual(['changelog', layout.area].sort());
    expect(report.changelog.updated).toBe(false);
    expect(report.changelog.entry).toContain(`Change ${layout.area}`);
  });

  it('passes with exit code 0 when the document and the changelog are updated', async () => {
    const { result, report } = await checkJson(repo, ['--head', 'documented']);
    expect(result.code).toBe(0);
    expect(report.verdict).toBe('pass');
    expect(report.areas.map((area) => [area.name, area.satisfied])).toEqual([[layout.area, true]]);
    expect(report.missing).toEqual([]);
    expect(report.changelog.updated).toBe(true);
  });
});

describe('ml-docs-guard check on a DVC project', () => {
  let repo: GitRepo;

  beforeAll(async () => {
    repo = await gitRepo({
      files: {
        'params.yaml': 'train:\n  learning_rate: 0.01\n  epochs: 20\n',
        'src/train.py': 'print("train")\n',
        'data/raw.csv.dvc': 'outs:\n- md5: aaaa\n  path: raw.csv\n',
        'MODEL_CARD.md': '# Model card\n',
        'DATASHEET.md': '# Datasheet\n',
        'CHANGELOG.md': CHANGELOG,
        '.github/ml-docs-guard.yml': 'mode: fail\n',
      },
    });
    await repo.branch('tune');
    await repo.commit({
      message: 'Lower the learning rate',
      files: { 'params.yaml': 'train:\n  learning_rate: 0.001\n  epochs: 20\n' },
    });
    await repo.switchTo('main');
    await repo.branch('relax-config');
    await repo.commit({
      message: 'Retune and switch the check to warn',
      files: { 'params.yaml': 'train:\n  learning_rate: 0.5\n  epochs: 20\n', '.github/ml-docs-guard.yml': 'mode: warn\n' },
    });
    await repo.switchTo('main');
    await repo.branch('files');
    await repo.commit({
      message: 'Reorganise files',
      rename: { 'src/train.py': 'src/models/train.py' },
      remove: ['data/raw.csv.dvc'],
      files: {
        'models/model.pt': Buffer.from([0, 1, 2, 3, 0, 255, 254]),
        'data/my dataset/données été.csv': 'a,b\n1,2\n',
      },
    });
    await repo.switchTo('tune');
  });
  afterAll(() => repo.remove());

  it('prints a plain text report by default, the changelog entry included', async () => {
    const result = await runCli({ args: ['check', '--base', 'main'], cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('FAIL');
    expect(result.stdout).toContain('params.yaml');
    expect(result.stdout).toContain('`train.learning_rate`: 0.01 → 0.001');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('prints markdown with --format markdown', async () => {
    const result = await runCli({ args: ['check', '--repo', repo.dir, '--base', 'main', '--format', 'markdown'] });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^#+ /m);
    expect(result.stdout).toContain('`params.yaml`');
  });

  it('gives the stable JSON shape', async () => {
    const { report } = await checkJson(repo, []);
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(['verdict', 'mode', 'areas', 'missing', 'changelog', 'configProblems', 'notices', 'stats']),
    );
    expect(report.areas[0]).toMatchObject({ name: 'model', files: ['params.yaml'], satisfied: false });
    expect(report.areas[0]?.changes.map((change) => change.summary)).toEqual(['`train.learning_rate`: 0.01 → 0.001']);
    expect(report.missing.find((missing) => missing.area === 'model')?.expected).toContain('MODEL_CARD.md');
    expect(report.changelog).toMatchObject({ path: 'CHANGELOG.md', updated: false });
    expect(report.changelog.entry).toContain('Lower the learning rate');
  });

  it('takes the title and the description from the options', async () => {
    const { report } = await runCli({
      args: ['check', '--repo', repo.dir, '--base', 'main', '--format', 'json', '--title', 'Retune SGD', '--body-file', '-'],
      input: '## Why\nThe loss diverged.\n\n## Testing\nAUC 0.83.\n',
    }).then((result) => ({ report: JSON.parse(result.stdout) as JsonReport }));
    expect(report.changelog.entry).toContain('Retune SGD');
    expect(report.changelog.entry).toContain('The loss diverged.');
    expect(report.changelog.entry).toContain('AUC 0.83.');
  });

  it('exits 0 with a warning in warn mode', async () => {
    const { result, report } = await checkJson(repo, ['--mode', 'warn']);
    expect(result.code).toBe(0);
    expect(report).toMatchObject({ verdict: 'warn', mode: 'warn' });
    expect(report.missing.length).toBeGreaterThan(0);
  });

  it('exits 0 and says why when a skip label is given', async () => {
    const { result, report } = await checkJson(repo, ['--label', 'no-docs-needed']);
    expect(result.code).toBe(0);
    expect(report.verdict).toBe('skipped');
    expect(report.skipReason).toContain('no-docs-needed');
  });

  it('exits 0 and names the author when --author is listed in skip.authors, and judges anyone else', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ml-docs-guard-authors-'));
    try {
      // Not in the base commit, so read from disk.
      const config = join(dir, 'bots.yml');
      await writeFile(config, 'skip:\n  authors: ["dependabot[bot]"]\n');
      const bot = await checkJson(repo, ['--config', config, '--author', 'Dependabot[bot]']);
      expect(bot.result.code).toBe(0);
      expect(bot.report).toMatchObject({ verdict: 'skipped', skipReason: 'author `Dependabot[bot]`' });
      const person = await checkJson(repo, ['--config', config, '--author', 'octocat']);
      expect(person.result.code).toBe(1);
      expect(person.report.verdict).toBe('fail');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('skips on the marker in the commit messages', async () => {
    await repo.switchTo('main');
    await repo.branch('marker');
    await repo.commit({
      message: 'Bump epochs\n\n[skip ml-docs]',
      files: { 'params.yaml': 'train:\n  learning_rate: 0.01\n  epochs: 30\n' },
    });
    const { result, report } = await checkJson(repo, []);
    await repo.switchTo('tune');
    expect(result.code).toBe(0);
    expect(report.verdict).toBe('skipped');
  });

  it('checks a change with the base config, not the config the change brings, and says so', async () => {
    const { result, report } = await checkJson(repo, ['--head', 'relax-config']);
    expect(result.code).toBe(1);
    expect(report).toMatchObject({ verdict: 'fail', mode: 'fail' });
    expect(report.notices.join('\n')).toContain('.github/ml-docs-guard.yml');
  });

  it('passes on an empty diff and says there were no changes', async () => {
    const { result, report } = await checkJson(repo, ['--head', 'main']);
    expect(result.code).toBe(0);
    expect(report.verdict).toBe('pass');
    expect(report.stats.files).toBe(0);
    expect(report.notices.join('\n')).toContain('No changes');
  });

  it('handles renames, deletions, binary files, spaces and non-ASCII paths', async () => {
    const { result, report } = await checkJson(repo, ['--head', 'files']);
    expect(result.code).toBe(1);
    const files = Object.fromEntries(report.areas.map((area) => [area.name, area.files]));
    expect(files['model']).toEqual(expect.arrayContaining(['src/models/train.py', 'models/model.pt']));
    expect(files['data']).toEqual(expect.arrayContaining(['data/my dataset/données été.csv', 'data/raw.csv.dvc']));
    expect(report.stats.files).toBe(4);
  });

  it('compares from the merge-base, so commits on the base branch do not count', async () => {
    await repo.switchTo('main');
    await repo.commit({ message: 'Document the model', files: { 'MODEL_CARD.md': '# Model card\n\nlr 0.001\n' } });
    const { report } = await checkJson(repo, ['--head', 'tune']);
    await repo.git('reset', '-q', '--hard', 'HEAD~1');
    await repo.switchTo('tune');
    expect(report.verdict).toBe('fail');
    expect(report.stats.files).toBe(1);
  });

  it('writes nothing to stderr on success', async () => {
    const result = await runCli({ args: ['check', '--repo', repo.dir, '--base', 'main', '--head', 'main'] });
    expect(stderrLines(result)).toEqual([]);
  });
});

describe('ml-docs-guard check with a config that extends another repository', () => {
  let repo: GitRepo;

  beforeAll(async () => {
    repo = await gitRepo({
      files: {
        '.github/ml-docs-guard.yml': '_extends: acme/ml-policies\nmode: warn\n',
        'params.yaml': 'train:\n  learning_rate: 0.01\n',
        'CHANGELOG.md': '# Changelog\n',
      },
    });
    await repo.branch('tune');
    await repo.commit({ message: 'Tune', files: { 'params.yaml': 'train:\n  learning_rate: 0.001\n' } });
  });
  afterAll(() => repo.remove());

  it("applies the repository's own file and says the extended one was not read", async () => {
    const { result, report } = await checkJson(repo, ['--head', 'tune']);
    expect(result.code).toBe(0);
    expect(report).toMatchObject({ verdict: 'warn', mode: 'warn' });
    expect(report.notices).toContain(
      "The config extends `acme/ml-policies`, which the CLI does not read: only this repository's file (over the preset) applies here; the Action and the App follow it.",
    );
  });
});
