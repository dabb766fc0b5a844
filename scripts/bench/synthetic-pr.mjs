import { contentsOf, FILE_KINDS } from './file-kinds.mjs';
import { prng } from './prng.mjs';

/** Files every synthetic repository has, so the preset finds its docs and changelog. */
const FIXED_BASE = {
  'README.md': '# Churn platform\n\nModels, data pipelines and serving for churn prediction.\n',
  'MODEL_CARD.md':
    '# Model card\n\n## Model details\n\nGradient-boosted trees.\n\n## Training\n\nlr 0.01.\n\n## Evaluation\n\nAUC 0.81.\n',
  'DATASHEET.md': '# Datasheet\n\n## Sources\n\nCRM export.\n\n## Preprocessing\n\nDropped empty rows.\n',
  'CHANGELOG.md': '# Changelog\n\n## [Unreleased]\n',
  'params.yaml': 'train:\n  lr: 0.01\n  epochs: 20\n  batch_size: 64\nprepare:\n  split: 0.2\n',
  'dvc.yaml':
    'stages:\n  train:\n    cmd: python src/training/train.py\n    deps: [data/prepared]\n    params: [train]\n    outs: [models/model.pkl]\n',
};

/** The fixed files the pull request edits, as a PR that retunes a model would. */
const FIXED_HEAD = {
  'MODEL_CARD.md':
    '# Model card\n\n## Model details\n\nGradient-boosted trees.\n\n## Training\n\nlr 0.005, 40 epochs.\n\n## Evaluation\n\nAUC 0.83.\n',
  'CHANGELOG.md': '# Changelog\n\n## [Unreleased]\n\n- Retuned the model.\n',
  'params.yaml': 'train:\n  lr: 0.005\n  epochs: 40\n  batch_size: 64\nprepare:\n  split: 0.2\n',
  'dvc.yaml':
    'stages:\n  train:\n    cmd: python src/training/train.py --fast\n    deps: [data/prepared, params.yaml]\n    params: [train]\n    outs: [models/model.pkl]\n',
};

/** Files the base has and the pull request leaves alone, per changed file: the tree is larger than the diff. */
const UNCHANGED_RATIO = 0.25;

/** Picks a kind by its share. */
function pickKind(rng) {
  let roll = rng.next();
  for (const kind of FILE_KINDS) {
    roll -= kind.share;
    if (roll < 0) return kind;
  }
  return FILE_KINDS[0];
}

/** How the file changes: mostly edits, some additions, removals and renames (text only). */
function pickStatus(rng, kind) {
  const roll = rng.next();
  if (kind.bytes !== undefined || kind.name === 'dvc') return roll < 0.1 ? 'added' : 'modified';
  if (roll < 0.06) return 'added';
  if (roll < 0.1) return 'removed';
  if (roll < 0.13) return 'renamed';
  return 'modified';
}

const movedPath = (path) => path.replace(/([^/]+)$/, 'moved/$1');

/**
 * A pull request of exactly `files` changed files (at least the fixed ones), deterministic for a
 * given seed: `base` is the tree it forks from (path -> content) and `head` maps each changed path
 * to its new content, or `null` when the PR deletes it.
 */
export function syntheticPullRequest({ files, seed }) {
  const rng = prng(seed);
  const base = new Map(Object.entries(FIXED_BASE));
  const head = new Map(Object.entries(FIXED_HEAD));
  let changed = head.size;
  for (let index = 0; changed < files; index += 1) {
    const kind = pickKind(rng);
    const path = kind.path(index);
    const { base: before, head: after } = contentsOf({ kind, rng, index });
    const status = pickStatus(rng, kind);
    if (status === 'added') {
      head.set(path, after);
    } else if (status === 'removed') {
      base.set(path, before);
      head.set(path, null);
    } else if (status === 'renamed') {
      // A rename with a one-line edit stays well above git's 50% similarity threshold.
      base.set(path, before);
      head.set(path, null);
      head.set(movedPath(path), `${before}# moved\n`);
    } else {
      base.set(path, before);
      head.set(path, after);
    }
    changed += 1;
  }
  const unchanged = Math.round(files * UNCHANGED_RATIO);
  for (let index = 0; index < unchanged; index += 1) {
    base.set(`src/library/part_${index % 30}/helper_${index}.py`, `def helper_${index}():\n    return ${index}\n`);
  }
  return { base, head };
}
