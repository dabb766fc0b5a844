import type { Octokit } from '@octokit/core';
import { ConfigError, describeLocation } from '../core/config/config-error.js';
import { EXTENDS_KEY, extendsValue } from '../core/config/extends-value.js';
import { readYaml, type YamlSource } from '../core/config/yaml-source.js';
import type { ConfigProblem } from '../core/types.js';
import { DEFAULT_CONFIG_PATH, describeRemoteConfig } from './config-path.js';
import type { ConfigText } from './read-config.js';
import { readFileAtRef } from './read-file-at-ref.js';
import { DEFAULT_BRANCH_REF } from './read-org-config.js';

/** The key that names the config a file builds on (Probot's convention for shared settings). */

/** Where an `_extends` value points. */
export interface ExtendsTarget {
  readonly owner: string;
  readonly repo: string;
  readonly path: string;
}

/** The extended config, shaped as `loadConfig`'s `parent`: its keys apply unless the file overrides them. */
export interface ParentConfigText {
  readonly text: string;
  /** `owner/repo:path`, named in error messages. */
  readonly file: string;
  readonly ref: string;
}

/** GitHub's rules for owner and repository names: letters, digits, `-`, `_` and `.`. */
const NAME = '[A-Za-z0-9_.-]+';
const EXTENDS_PATTERN = new RegExp(`^(?:(${NAME})/)?(${NAME})(?::([^\\s:]+))?$`);
const FORMS = '`repo`, `owner/repo` or `owner/repo:path/to/file.yml`';

/**
 * Reads an `_extends` value: `repo` (same owner), `owner/repo`, or `owner/repo:path`; the path
 * defaults to `.github/ml-docs-guard.yml`. `undefined` when the value has none of these forms.
 */
export function parseExtendsTarget({ value, owner }: { value: string; owner: string }): ExtendsTarget | undefined {
  const match = EXTENDS_PATTERN.exec(value.trim());
  if (match === null) return undefined;
  const [, targetOwner, repo, path] = match;
  if (repo === undefined || repo === '.' || repo === '..') return undefined;
  const file = path ?? DEFAULT_CONFIG_PATH;
  // Relative to the repository root, without empty or parent segments (a URL lands here too).
  if (file.split('/').some((segment) => segment === '..' || segment === '')) return undefined;
  return { owner: targetOwner ?? owner, repo, path: file };
}

const problemAt = ({
  source,
  config,
  message,
}: {
  source: YamlSource | undefined;
  config: Pick<ConfigText, 'path' | 'ref'>;
  message: (where: string) => string;
}): ConfigProblem => {
  const position = source?.locate([EXTENDS_KEY]);
  const where = describeLocation({ file: config.path, ref: config.ref, ...position });
  return { file: config.path, ref: config.ref, ...position, field: EXTENDS_KEY, message: message(where) };
};

const fail = (problem: ConfigProblem): never => {
  throw new ConfigError({ kind: 'schema', problems: [problem] });
};

/** The parsed file, or `undefined` when it is not YAML: `loadConfig` reports that, with positions. */
const parsed = (config: ConfigText & { text: string }): YamlSource | undefined => {
  try {
    return readYaml({ text: config.text, file: config.path, ref: config.ref });
  } catch (error) {
    if (error instanceof ConfigError) return undefined;
    throw error;
  }
};

/**
 * The config `config` extends through its `_extends` key, read from the target repository's
 * default branch, or `undefined` when it extends nothing. One level only: the extended file may
 * not extend another.
 *
 * @throws ConfigError when `_extends` is not a valid target, when the target file does not exist
 *   (or the installation cannot read it), and when the target extends again; each names the file,
 *   line and column of the `_extends` key.
 */
export async function readExtendedConfig({
  octokit,
  owner,
  config,
}: {
  octokit: Octokit;
  /** Owner of the repository the config belongs to: `_extends: repo` means a repository of theirs. */
  owner: string;
  config: ConfigText;
}): Promise<ParentConfigText | undefined> {
  if (config.text === undefined) return undefined;
  const source = parsed({ ...config, text: config.text });
  const value = extendsValue(source);
  // Not a string: the schema check reports it with the file's other problems. Empty: extends nothing.
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const target = parseExtendsTarget({ value, owner });
  if (target === undefined) {
    return fail(
      problemAt({
        source,
        config,
        message: (where) =>
          `\`${EXTENDS_KEY}\` ${where} must be one of ${FORMS}, with a path relative to the repository root; ` +
          `got ${JSON.stringify(value)}`,
      }),
    );
  }
  const file = describeRemoteConfig(target);
  const text = await readFileAtRef({ octokit, target, path: target.path });
  if (text === undefined) {
    return fail(
      problemAt({
        source,
        config,
        message: (where) =>
          `\`${EXTENDS_KEY}: ${value}\` ${where} names \`${file}\`, which does not exist on the default branch of ` +
          `${target.owner}/${target.repo} or cannot be read with this token (the App must be installed on that repository; ` +
          "the Action's token must be allowed to read it)",
      }),
    );
  }
  const parent = { text, file, ref: DEFAULT_BRANCH_REF };
  if (extendsValue(parsed({ path: file, ref: DEFAULT_BRANCH_REF, text })) !== undefined) {
    return fail(
      problemAt({
        source,
        config,
        message: (where) =>
          `\`${EXTENDS_KEY}\` ${where} names \`${file}\`, which has an \`${EXTENDS_KEY}\` of its own; ` +
          'only one level is followed: point at the file it extends, or merge the two',
      }),
    );
  }
  return parent;
}
