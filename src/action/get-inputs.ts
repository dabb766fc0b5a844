import * as core from '@actions/core';
import { isMode, MODES, type Mode } from '../core/types.js';
import { DEFAULT_CONFIG_PATH } from '../core/config/default-config-path.js';

/** The Action's inputs, typed and checked. */
export interface ActionInputs {
  readonly token: string;
  /** Repository-relative path of the config on the base branch. */
  readonly configPath: string;
  /** Overrides the config's mode; `undefined` keeps the config's. */
  readonly mode: Mode | undefined;
  readonly comment: boolean;
  readonly dryRun: boolean;
}

/** YAML 1.2 core schema booleans, as `core.getBooleanInput` accepts them. */
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];

const booleanInput = (name: string, fallback: boolean): boolean => {
  const value = core.getInput(name);
  if (value === '') return fallback;
  if (TRUE_VALUES.includes(value)) return true;
  if (FALSE_VALUES.includes(value)) return false;
  throw new Error(`Input \`${name}\` must be \`true\` or \`false\`; got "${value}".`);
};

const modeInput = (): Mode | undefined => {
  const value = core.getInput('mode');
  if (value === '') return undefined;
  if (isMode(value)) return value;
  throw new Error(`Input \`mode\` must be one of ${MODES.join(', ')} (or empty to use the config's mode); got "${value}".`);
};

const configPathInput = (): string => {
  const value = core.getInput('config-path') || DEFAULT_CONFIG_PATH;
  const path = value.replace(/^(\.\/)+/, '').replace(/^\/+/, '');
  if (path === '' || path.includes('\\') || path.split('/').some((segment) => segment === '..' || segment === '')) {
    throw new Error(
      `Input \`config-path\` must be a file path inside the repository, like ${DEFAULT_CONFIG_PATH}; got "${value}".`,
    );
  }
  return path;
};

/**
 * Reads and checks the inputs. The token is registered as a secret first, so no later log line
 * can show it.
 */
export function getInputs(): ActionInputs {
  const token = core.getInput('token', { required: true });
  core.setSecret(token);
  return {
    token,
    configPath: configPathInput(),
    mode: modeInput(),
    comment: booleanInput('comment', true),
    dryRun: booleanInput('dry-run', false),
  };
}
