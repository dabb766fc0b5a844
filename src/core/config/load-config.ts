import type { Config } from '../types.js';
import { mergeRawConfigs } from './merge-raw-configs.js';
import { parseConfig } from './parse-config.js';
import type { RawConfig } from './raw-config.js';
import { RECOMMENDED_PRESET } from './presets.js';
import { resolveConfig } from './resolve-config.js';

/** A config file's text and where it was read, as every error message names it. */
export interface ConfigText {
  readonly text: string;
  readonly file: string;
  readonly ref?: string;
}

const onRef = (ref: string | undefined): { ref?: string } => (ref === undefined ? {} : { ref });

/**
 * The configuration the engine runs on, from the text of the config file. `text === undefined`
 * means the repository has no config file: the `recommended` preset applies. `parent` is the
 * config named by the file's `_extends`, when the door could read it: the file's settings
 * override it.
 *
 * @param file the file's path in the repository, named in every error message
 * @param ref the ref the file was read at (the PR's base), named in error messages when given
 * @throws ConfigError `syntax` (not YAML, too large) or `schema` (violates the schema, or an
 *   area cannot be resolved); every problem names the file, line, column and field
 */
export function loadConfig({
  text,
  file,
  ref,
  parent,
}: {
  text: string | undefined;
  file: string;
  ref?: string;
  parent?: ConfigText;
}): Config {
  if (text === undefined && parent === undefined) return RECOMMENDED_PRESET;
  const inherited = parent === undefined ? undefined : loadParent(parent);
  if (text === undefined) return inherited?.config ?? RECOMMENDED_PRESET;
  const { raw, source } = parseConfig({ text, file, ...onRef(ref) });
  const merged = inherited === undefined ? raw : mergeRawConfigs({ parent: inherited.raw, child: raw });
  return resolveConfig({ raw: merged, source, file, ...onRef(ref) });
}

/** The extended config is resolved on its own first, so its problems point into its own file. */
function loadParent(parent: ConfigText): { raw: RawConfig; config: Config } {
  const { raw, source } = parseConfig({ text: parent.text, file: parent.file, ...onRef(parent.ref) });
  return { raw, config: resolveConfig({ raw, source, file: parent.file, ...onRef(parent.ref) }) };
}
