/** Readers of webhook payload fields, checked rather than trusted through Probot's typings. */

type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a dotted `path` of `root`, or undefined. */
export const at = (root: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (isObject(value) ? value[key] : undefined), root);

/** The non-empty string at `path`; otherwise an error naming the event and the field. */
export const text = (root: unknown, path: string, event: string): string => {
  const value = at(root, path);
  if (typeof value !== 'string' || value === '') {
    throw new Error(`The ${event} payload has no valid \`${path}\` (expected a non-empty string).`);
  }
  return value;
};
