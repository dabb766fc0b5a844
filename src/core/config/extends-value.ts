import type { YamlSource } from './yaml-source.js';

/** The key a config names another repository's config with (Probot's convention). */
export const EXTENDS_KEY = '_extends';

/**
 * The raw `_extends` value of a parsed config file (`undefined` when the file has none or is not a
 * mapping). Not validated: the schema check reports a wrong type with the file's other problems.
 */
export function extendsValue(source: Pick<YamlSource, 'data'> | undefined): unknown {
  const data = source?.data;
  return typeof data === 'object' && data !== null && !Array.isArray(data)
    ? (data as Record<string, unknown>)[EXTENDS_KEY]
    : undefined;
}
