// `npm start`: builds a small DVC-style ML repository in a temporary directory, opens a
// "pull request" branch that retunes the learning rate without touching the model card or the
// changelog, and runs `ml-docs-guard check` on it the way CI would. Needs only node and git.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(projectRoot, 'dist', 'cli.js');

// The demo must run whatever the user's git setup: no identity needed, no hooks or signing.
const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(tmpdir(), 'ml-docs-guard-no-config') };
const identity = [
  '-c',
  'user.name=ML Docs Guard Example',
  '-c',
  'user.email=example@ml-docs-guard.invalid',
  '-c',
  'commit.gpgsign=false',
];

const BASE_FILES = {
  'README.md': '# Churn model\n\nPredicts customer churn from usage data. See MODEL_CARD.md and DATASHEET.md.\n',
  'params.yaml': 'prepare:\n  split: 0.2\n  seed: 42\ntrain:\n  learning_rate: 0.01\n  epochs: 20\n  batch_size: 64\n',
  'dvc.yaml': [
    'stages:',
    '  prepare:',
    '    cmd: python src/prepare.py',
    '    deps: [data/customers.csv, src/prepare.py]',
    '    params: [prepare]',
    '    outs: [data/prepared]',
    '  train:',
    '    cmd: python src/train.py',
    '    deps: [data/prepared, src/train.py]',
    '    params: [train]',
    '    outs: [models/model.pkl]',
    '',
  ].join('\n'),
  'data/customers.csv.dvc': 'outs:\n- md5: 3f1c5e0a9b7d2e4f6a8c0b1d3e5f7a9c\n  size: 482113\n  path: customers.csv\n',
  'src/prepare.py': 'import pandas as pd\n\n\ndef prepare(path):\n    return pd.read_csv(path).dropna()\n',
  'src/train.py': [
    'import yaml',
    'from sklearn.linear_model import SGDClassifier',
    '',
    '',
    'def train(features, labels):',
    '    params = yaml.safe_load(open("params.yaml"))["train"]',
    '    model = SGDClassifier(learning_rate="constant", eta0=params["learning_rate"])',
    '    return model.fit(features, labels)',
    '',
  ].join('\n'),
  'MODEL_CARD.md': [
    '# Model card: churn',
    '',
    '## Model details',
    'Linear classifier trained with SGD (scikit-learn), owned by the retention team.',
    '',
    '## Intended use',
    'Weekly churn scores for the retention campaign; not for pricing decisions.',
    '',
    '## Training data',
    'The CRM export described in DATASHEET.md, split 80/20 with seed 42.',
    '',
    '## Training procedure',
    '',
    '| hyperparameter | value |',
    '| --- | --- |',
    '| learning_rate | 0.01 |',
    '| epochs | 20 |',
    '| batch_size | 64 |',
    '',
    '## Evaluation',
    'AUC 0.81 on the 2024-05 test split.',
    '',
    '## Limitations',
    'Customers with less than a month of history are scored poorly.',
    '',
    '## Versions',
    '- 1.0: first model.',
    '',
  ].join('\n'),
  'DATASHEET.md':
    '# Datasheet: customers\n\n## Sources\n\nCRM export, 2024-05.\n\n## Preprocessing\n\nRows with missing values dropped.\n',
  'CHANGELOG.md': '# Changelog\n\n## [Unreleased]\n',
};

const BRANCH_FILES = {
  'params.yaml': BASE_FILES['params.yaml'].replace('learning_rate: 0.01', 'learning_rate: 0.003'),
  'src/train.py': BASE_FILES['src/train.py'].replace(
    '    return model.fit(features, labels)',
    '    # Stop early: the smaller rate needs more epochs to converge.\n    model.set_params(early_stopping=True)\n    return model.fit(features, labels)',
  ),
};

const TITLE = 'Lower the learning rate to 0.003';
const BODY = [
  '## Why',
  'Validation loss oscillated after epoch 12 with a learning rate of 0.01.',
  '',
  '## Testing',
  'AUC 0.83 on the 2024-05 test split (was 0.81).',
  '',
].join('\n');

function git(dir, ...args) {
  execFileSync('git', [...identity, ...args], { cwd: dir, env: gitEnv, stdio: ['ignore', 'ignore', 'inherit'] });
}

function write(dir, files) {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

function check(dir) {
  const result = spawnSync(
    process.execPath,
    [cli, 'check', '--repo', dir, '--base', 'main', '--title', TITLE, '--body-file', '-'],
    { input: BODY, encoding: 'utf8', env: gitEnv },
  );
  if (result.error !== undefined) throw result.error;
  if (result.status === 2) throw new Error(`ml-docs-guard could not run the check:\n${result.stderr}`);
  return result;
}

if (!existsSync(cli)) {
  console.log('Building dist/cli.js first (npm run build)...');
  execFileSync(process.execPath, [join(projectRoot, 'scripts', 'build.mjs')], { cwd: projectRoot, stdio: 'inherit' });
}

const dir = mkdtempSync(join(tmpdir(), 'ml-docs-guard-example-'));
try {
  write(dir, BASE_FILES);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'Churn model: data, training pipeline, model card');
  git(dir, 'switch', '-q', '-c', 'tune-learning-rate');
  write(dir, BRANCH_FILES);
  git(dir, 'commit', '-q', '-a', '-m', TITLE);

  console.log(`Example repository: ${dir}`);
  console.log('Branch tune-learning-rate changes params.yaml (train.learning_rate 0.01 -> 0.003) and');
  console.log('src/train.py, without updating MODEL_CARD.md or CHANGELOG.md.\n');
  console.log(`$ ml-docs-guard check --repo <example> --base main --title "${TITLE}" --body-file -\n`);
  const result = check(dir);
  process.stdout.write(result.stdout);
  console.log(`\nml-docs-guard exited with code ${result.status} (1 = fail: a required check would block the merge).`);
  console.log('The "Changelog entry" above is the record the pull request comment offers to paste.');
  console.log('This demo exits with 0 all the same.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
