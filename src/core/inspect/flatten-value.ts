import { joinKey } from './key-path.js';

/** The key a document gets when it is not a map at all (a bare list or scalar). */
export const ROOT_KEY = '(document)';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Flattens nested maps into dotted key paths (`{train: {lr: 0.1}}` → `train.lr`). Lists and
 * empty maps stay whole values: a reviewer reads `layers: [64, 32]` as one setting. An empty
 * document flattens to nothing.
 */
export function flattenValue(value: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (node: unknown, path: string): void => {
    if (isPlainObject(node) && Object.keys(node).length > 0) {
      for (const [key, child] of Object.entries(node)) walk(child, joinKey(path, key));
    } else if (path !== '') {
      out.set(path, node);
    } else if (node !== null && node !== undefined && !isPlainObject(node)) {
      out.set(ROOT_KEY, node);
    }
  };
  walk(value, '');
  return out;
}
