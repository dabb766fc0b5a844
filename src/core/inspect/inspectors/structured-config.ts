import type { ChangeKind } from '../change-kinds.js';
import { filePath } from '../file-path.js';
import type { Inspector } from '../inspector.js';
import { loadSides } from '../load-sides.js';
import { readStructured } from '../read-structured.js';
import { diffStructured } from '../structured-diff.js';

const CONFIG_EXTENSIONS = new Set(['yaml', 'yml', 'json', 'toml']);
/** DVC's parameter files and MLflow's project file, recognised by name alone. */
const PARAMS_FILE = /^params\.(ya?ml|json|toml)$/;
/** Hydra and most training repos keep experiment configs under one of these directories. */
const CONFIG_DIRS = new Set(['configs', 'config', 'conf', 'hparams', 'experiments', 'experiment', 'sweeps']);
/** File names that announce a training or model config wherever they live. */
const CONFIG_NAME = /train|config|hparam|hyperparam|experiment|model|sweep/;
/** Tooling configs whose names say "config" without describing a model. */
const TOOLING_NAME =
  /^(ts|js)config.*\.json$|^package(-lock)?\.json$|^(renovate|codecov|mkdocs|pyrightconfig|biome|turbo|lerna|composer|tslint|app)\.(json|ya?ml)$/;
/** MLproject keys under an entry point's `parameters` are hyperparameters; the rest is pipeline. */
const MLPROJECT_PARAMETER = /^entry_points\.[^.]+\.parameters\./;

function isConfigPath(path: string): boolean {
  const { lower, name, dirs, ext } = filePath(path);
  if (name === 'MLproject' || PARAMS_FILE.test(lower)) return true;
  if (!CONFIG_EXTENSIONS.has(ext) || lower.startsWith('.') || TOOLING_NAME.test(lower)) return false;
  if (dirs.some((dir) => dir.startsWith('.'))) return false;
  return dirs.some((dir) => CONFIG_DIRS.has(dir)) || CONFIG_NAME.test(lower);
}

/**
 * Hyperparameter and experiment configs (`params.yaml`, Hydra `configs/**`, `train*.yaml`,
 * `MLproject`): both sides parsed and diffed key by key, "`train.lr`: 0.01 → 0.001".
 */
export const structuredConfig: Inspector = {
  name: 'structured-config',
  matches: isConfigPath,
  readsFirst: true,
  async inspect(input) {
    const loaded = await loadSides({ input, read: readStructured(input.file.path) });
    if (!loaded.ok) return loaded.changes;
    const isMlProject = filePath(input.file.path).name === 'MLproject';
    const kindOf = (key: string): ChangeKind => (!isMlProject || MLPROJECT_PARAMETER.test(key) ? 'hyperparameter' : 'pipeline');
    return diffStructured({ file: input.file.path, base: loaded.base, head: loaded.head, kindOf });
  },
};
