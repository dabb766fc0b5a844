import type { ConfigProblem } from '../types.js';
import { ConfigError, describeFile } from './config-error.js';
import { validateRawConfig } from './config-schema.js';
import type { RawConfig } from './raw-config.js';
import { schemaProblems } from './schema-problems.js';
import { readYaml, type YamlSource } from './yaml-source.js';

/**
 * Largest config file read. Real configs are a few KiB; past this the file is generated or
 * hostile, and parsing it would only slow every check down.
 */
export const MAX_CONFIG_BYTES = 256 * 1024;

const BYTES_PER_KIB = 1024;

/**
 * Reads a config file's text into its raw, schema-valid form, keeping node positions for later
 * messages. An empty (or comments-only) file is an empty config.
 *
 * @throws ConfigError `syntax` when the file is too large or not YAML, `schema` when its top
 *   level is not a mapping or it violates `schemas/config.schema.json` (every violation listed).
 */
export function parseConfig({ text, file, ref }: { text: string; file: string; ref?: string }): {
  raw: RawConfig;
  source: YamlSource;
} {
  const onRef = ref === undefined ? {} : { ref };
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_CONFIG_BYTES) {
    const size = `${Math.ceil(bytes / BYTES_PER_KIB)} KiB`;
    const message = `config file ${describeFile({ file, ref })} is too large (${size}); the limit is ${MAX_CONFIG_BYTES / BYTES_PER_KIB} KiB`;
    throw new ConfigError({ kind: 'syntax', problems: [{ file, ...onRef, message }] });
  }

  const source = readYaml({ text, file, ref });
  const data = source.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    const position = source.locate([]) ?? { line: 1, column: 1 };
    const got = Array.isArray(data) ? 'a list' : `the ${typeof data} \`${String(data)}\``;
    const problem: ConfigProblem = {
      file,
      ...onRef,
      ...position,
      message: `config file ${describeFile({ file, ref })} at ${position.line}:${position.column} must be a mapping of settings at its top level (such as \`mode: fail\`), got ${got}`,
    };
    throw new ConfigError({ kind: 'schema', problems: [problem] });
  }

  const errors = validateRawConfig(data);
  if (errors.length > 0) {
    throw new ConfigError({ kind: 'schema', problems: schemaProblems({ errors, source, file, ...onRef }) });
  }
  // The schema just proved the shape; RawConfig mirrors it (a test keeps the two in sync).
  return { raw: data as RawConfig, source };
}
