import type { ErrorObject } from 'ajv';
import type { ConfigProblem } from '../types.js';
import { byPosition, describeLocation } from './config-error.js';
import type { DataPath, YamlSource } from './yaml-source.js';

/** How a schema type is said in messages, from the user's side of the YAML file. */
const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys to values',
  number: 'a number',
};

/** Longest excerpt of a bad value quoted back, so a pasted blob does not flood the message. */
const MAX_QUOTED_VALUE = 40;

/** Words YAML 1.1 read as booleans; YAML 1.2 (what the config is parsed as) reads them as strings. */
const YAML_11_BOOLEANS = /^(yes|no|on|off|y|n)$/i;

/**
 * Turns ajv's errors into one positioned, self-explanatory problem per offending node, sorted
 * by position: unknown keys list the valid keys, enums the valid values, type errors say what
 * was expected and what was found.
 */
export function schemaProblems({
  errors,
  source,
  file,
  ref,
}: {
  errors: readonly ErrorObject[];
  source: YamlSource;
  file: string;
  ref?: string;
}): ConfigProblem[] {
  const typeErrorPaths = new Set(errors.filter((error) => error.keyword === 'type').map((error) => error.instancePath));
  const problems = errors
    // A value of the wrong type also fails its enum or length: say only what matters first.
    .filter((error) => error.keyword === 'type' || !typeErrorPaths.has(error.instancePath))
    .map((error) => toProblem({ error, source, file, ref }));
  return problems.sort(byPosition);
}

function toProblem({
  error,
  source,
  file,
  ref,
}: {
  error: ErrorObject;
  source: YamlSource;
  file: string;
  ref?: string;
}): ConfigProblem {
  const path = parsePointer(error.instancePath);
  if (error.keyword === 'additionalProperties') {
    const key = String(error.params['additionalProperty']);
    const keyPath = [...path, key];
    const at = located({ source, path: keyPath, key: true, file, ref });
    const where = describeLocation({ file, ref, ...at.position });
    const parent: Readonly<Record<string, unknown>> = error.parentSchema ?? {};
    const validKeys = Object.keys((parent['properties'] as object | undefined) ?? {});
    // Only the `areas` mapping has pattern properties: there the key is an area name.
    const message =
      'patternProperties' in parent
        ? `invalid area name \`${key}\` ${where}; area names start with a lowercase letter and contain only lowercase letters, digits and dashes (^[a-z][a-z0-9-]*$)`
        : `unknown key \`${key}\` ${where}; valid keys: ${validKeys.join(', ')}`;
    return { ...at.problem, field: fieldName(keyPath), message };
  }

  const at = located({ source, path, key: false, file, ref });
  const where = describeLocation({ file, ref, ...at.position });
  const field = fieldName(path);
  const value = valueAt(source.data, path);
  return { ...at.problem, field, message: describeError({ error, field, where, value }) };
}

function describeError({
  error,
  field,
  where,
  value,
}: {
  error: ErrorObject;
  field: string;
  where: string;
  value: unknown;
}): string {
  switch (error.keyword) {
    case 'type': {
      const type = String(error.params['type']);
      const hint =
        type === 'boolean' && typeof value === 'string' && YAML_11_BOOLEANS.test(value) ? ' (write `true` or `false`)' : '';
      return `wrong type for \`${field}\` ${where}: expected ${EXPECTED[type] ?? type}, got ${describeValue(value)}${hint}`;
    }
    case 'enum': {
      const allowed = (error.params['allowedValues'] as unknown[]).map(String).join(', ');
      return `invalid value ${quote(value)} for \`${field}\` ${where}; valid values: ${allowed}`;
    }
    case 'minLength':
      return `empty value for \`${field}\` ${where}; write a non-empty string`;
    default:
      return `invalid \`${field}\` ${where}: ${error.message ?? error.keyword}`;
  }
}

function located({
  source,
  path,
  key,
  file,
  ref,
}: {
  source: YamlSource;
  path: DataPath;
  key: boolean;
  file: string;
  ref?: string;
}): { position: { line?: number; column?: number }; problem: Omit<ConfigProblem, 'message'> } {
  const position = source.locate(path, { key }) ?? {};
  return { position, problem: { file, ...(ref === undefined ? {} : { ref }), ...position } };
}

/** `/areas/model/paths/2` → `['areas', 'model', 'paths', 2]` (RFC 6901 escapes undone). */
function parsePointer(pointer: string): DataPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment.replace(/~1/g, '/').replace(/~0/g, '~')));
}

/** `['areas', 'model', 'paths', 2]` → `areas.model.paths[2]`, the way `ConfigProblem.field` is written. */
export function fieldName(path: DataPath): string {
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('');
}

function valueAt(data: unknown, path: DataPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string ${quote(value)}`;
  return `the ${typeof value} ${quote(value)}`;
}

function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const clipped = text.length > MAX_QUOTED_VALUE ? `${text.slice(0, MAX_QUOTED_VALUE)}…` : text;
  return `\`${clipped}\``;
}
