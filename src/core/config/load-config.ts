import type { Config } from '../types.js';
import { parseConfig } from './parse-config.js';
import { RECOMMENDED_PRESET } from './presets.js';
import { resolveConfig } from './resolve-config.js';

/**
 * The configuration the engine runs on, from the text of the config file. `text === undefined`
 * means the repository has no config file: the `recommended` preset applies.
 *
 * @param file the file's path in the repository, named in every error message
 * @param ref the ref the file was read at (the PR's base), named in error messages when given
 * @throws ConfigError `syntax` (not YAML, too large) or `schema` (violates the schema, or an
 *   area cannot be resolved); every problem names the file, line, column and field
 */
export function loadConfig({ text, file, ref }: { text: string | undefined; file: string; ref?: string }): Config {
  if (text === undefined) return RECOMMENDED_PRESET;
  const { raw, source } = parseConfig({ text, file, ...(ref === undefined ? {} : { ref }) });
  return resolveConfig({ raw, source, file, ...(ref === undefined ? {} : { ref }) });
}
