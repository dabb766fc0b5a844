import { filePath } from '../file-path.js';
import type { Inspector } from '../inspector.js';
import { loadSides } from '../load-sides.js';
import { readStructured } from '../read-structured.js';
import { diffStructured } from '../structured-diff.js';

/** `metrics.json`, `eval_metrics.yaml`, `scores.json`, anything under a `metrics/` directory. */
const METRICS_NAME = /(^|[._-])(metrics|scores)([._-]|$)/;
const METRICS_EXTENSIONS = new Set(['json', 'yaml', 'yml', 'toml']);

/**
 * Evaluation metrics files (DVC `metrics`, experiment trackers' exports): each metric that moved,
 * "`eval.f1`: 0.81 → 0.84", so the model card's numbers can be checked against them.
 */
export const metrics: Inspector = {
  name: 'metrics',
  matches: (path) => {
    const { lower, dirs, ext } = filePath(path);
    return METRICS_EXTENSIONS.has(ext) && (METRICS_NAME.test(lower) || dirs.includes('metrics'));
  },
  readsFirst: true,
  async inspect(input) {
    const loaded = await loadSides({ input, read: readStructured(input.file.path) });
    if (!loaded.ok) return loaded.changes;
    return diffStructured({ file: input.file.path, base: loaded.base, head: loaded.head, kindOf: () => 'metric' });
  },
};
