import { describe, expect, it } from '@jest/globals';
import {
  CONFIG_DEFAULTS,
  CONFIG_SCHEMA,
  loadConfig,
  validateRawConfig,
  type RawAreaConfig,
  type RawConfig,
} from '../../../src/core/config/index.js';
import { MODES, PRESETS } from '../../../src/core/types.js';
import { CHANGE_KINDS } from '../../../src/core/inspect/change-kinds.js';

/** A JSON Schema node, as far as these tests read it. */
interface SchemaNode {
  readonly type?: string;
  readonly $ref?: string;
  readonly description?: string;
  readonly default?: unknown;
  readonly enum?: readonly unknown[];
  readonly items?: SchemaNode;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly patternProperties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: unknown;
  readonly required?: readonly string[];
}

const schema = CONFIG_SCHEMA as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

function resolve(node: SchemaNode): SchemaNode {
  if (node.$ref === undefined) return node;
  const name = node.$ref.replace('#/definitions/', '');
  const target = schema.definitions[name];
  if (target === undefined) throw new Error(`unresolved ${node.$ref}`);
  return target;
}

/** Every property schema under `node`, with its dotted path (areas use `<name>`). */
function properties(node: SchemaNode, prefix = ''): [string, SchemaNode][] {
  const children = [
    ...Object.entries(node.properties ?? {}),
    ...Object.values(node.patternProperties ?? {}).map((child): [string, SchemaNode] => ['<name>', child]),
  ];
  return children.flatMap(([name, child]) => {
    const resolved = resolve(child);
    return [[`${prefix}${name}`, resolved], ...properties(resolved, `${prefix}${name}.`)];
  });
}

// The TypeScript side of the sync check: each key of the raw types, with the JSON kind its
// type has. The compiler rejects a missing key, an extra key or a wrong kind, so these objects
// are the TS types restated; the tests below compare them with the schema.
type Kind<T> = [T] extends [boolean]
  ? 'boolean'
  : [T] extends [string]
    ? 'string'
    : [T] extends [readonly string[]]
      ? 'string[]'
      : [T] extends [object]
        ? 'object'
        : never;
type Shape<T> = { readonly [K in keyof T]-?: Kind<NonNullable<T[K]>> };

const RAW_CONFIG_SHAPE: Shape<RawConfig> = {
  _extends: 'string',
  extends: 'string',
  mode: 'string',
  areas: 'object',
  ignore: 'string[]',
  docs: 'string[]',
  changelog: 'object',
  skip: 'object',
  comment: 'boolean',
};
const RAW_AREA_SHAPE: Shape<RawAreaConfig> = {
  description: 'string',
  paths: 'string[]',
  docs: 'string[]',
  'fallback-docs': 'string[]',
  template: 'string',
  sections: 'string[]',
  'mention-changes': 'boolean',
  strict: 'boolean',
  content: 'object',
  enabled: 'boolean',
};
const RAW_CHANGELOG_SHAPE: Shape<NonNullable<RawConfig['changelog']>> = { path: 'string', required: 'boolean' };
const RAW_SKIP_SHAPE: Shape<NonNullable<RawConfig['skip']>> = { labels: 'string[]', marker: 'string', authors: 'string[]' };
// Every raw field is optional, as nothing in the schema is `required`.
// biome-ignore lint/complexity/noBannedTypes: `{}` is exactly the empty config this asks about.
const RAW_CONFIG_ALL_OPTIONAL: {} extends RawConfig ? true : false = true;
// biome-ignore lint/complexity/noBannedTypes: `{}` is exactly the empty area this asks about.
const RAW_AREA_ALL_OPTIONAL: {} extends RawAreaConfig ? true : false = true;

function kindOf(node: SchemaNode): string {
  if (node.type === 'array') return `${resolve(node.items ?? {}).type}[]`;
  return node.type ?? 'untyped';
}

function schemaShape(node: SchemaNode): Record<string, string> {
  return Object.fromEntries(Object.entries(node.properties ?? {}).map(([name, child]) => [name, kindOf(resolve(child))]));
}

const at = (path: string): SchemaNode => {
  const found = properties(schema).find(([name]) => name === path);
  if (found === undefined) throw new Error(`no property ${path}`);
  return found[1];
};

describe('config schema', () => {
  it('is a titled draft-07 schema with an $id', () => {
    expect(CONFIG_SCHEMA.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(CONFIG_SCHEMA.$id).toMatch(/^https:\/\/.+\/config\.schema\.json$/);
    expect(CONFIG_SCHEMA.title).toBe('ml-docs-guard configuration');
  });

  it('gives every property a description and a default', () => {
    const all = properties(schema);
    expect(all.length).toBeGreaterThan(15);
    for (const [path, node] of all) {
      expect({ path, description: typeof node.description }).toEqual({ path, description: 'string' });
      expect({ path, hasDefault: 'default' in node }).toEqual({ path, hasDefault: true });
    }
  });

  it('closes every object: unknown keys are errors', () => {
    const objects = [schema, ...properties(schema).map(([, node]) => node)].filter((node) => node.type === 'object');
    expect(objects.length).toBe(6);
    for (const node of objects) expect(node.additionalProperties).toBe(false);
  });

  it('offers exactly the change kinds the inspectors report as content triggers', () => {
    expect(at('areas.<name>.content.kinds').items?.enum).toEqual([...CHANGE_KINDS]);
  });

  it('requires nothing, like the raw types', () => {
    expect(RAW_CONFIG_ALL_OPTIONAL && RAW_AREA_ALL_OPTIONAL).toBe(true);
    expect(JSON.stringify(CONFIG_SCHEMA)).not.toContain('"required":[');
  });

  it.each([
    ['the top level', schema, RAW_CONFIG_SHAPE],
    ['an area', at('areas.<name>'), RAW_AREA_SHAPE],
    ['changelog', at('changelog'), RAW_CHANGELOG_SHAPE],
    ['skip', at('skip'), RAW_SKIP_SHAPE],
  ])('has the keys and types of the RawConfig type at %s', (_name, node, shape) => {
    expect(schemaShape(node)).toEqual(shape);
  });

  it('allows the enum values of the domain types', () => {
    expect(at('extends').enum).toEqual([...PRESETS]);
    expect(at('mode').enum).toEqual([...MODES]);
  });

  it('restricts area names to lowercase words joined by dashes', () => {
    expect(Object.keys(at('areas').patternProperties ?? {})).toEqual(['^[a-z][a-z0-9-]*$']);
  });

  it('states the defaults the resolver applies', () => {
    expect(at('mode').default).toBe(CONFIG_DEFAULTS.mode);
    expect(at('extends').default).toBe('recommended');
    expect(at('changelog').default).toEqual(CONFIG_DEFAULTS.changelog);
    expect(at('changelog.path').default).toBe(CONFIG_DEFAULTS.changelog.path);
    expect(at('changelog.required').default).toBe(CONFIG_DEFAULTS.changelog.required);
    expect(at('skip').default).toEqual(CONFIG_DEFAULTS.skip);
    expect(at('skip.labels').default).toEqual(CONFIG_DEFAULTS.skip.labels);
    expect(at('skip.marker').default).toBe(CONFIG_DEFAULTS.skip.marker);
    expect(at('comment').default).toBe(CONFIG_DEFAULTS.comment);
  });

  it('is filled in by its own defaults into a valid config', () => {
    const defaults = Object.fromEntries(
      properties(schema)
        .filter(([path]) => !path.includes('.'))
        .map(([path, node]) => [path, node.default]),
    );
    expect(validateRawConfig(defaults)).toEqual([]);
  });

  it('accepts its own example, which loads', () => {
    const [example] = CONFIG_SCHEMA.examples;
    expect(validateRawConfig(example)).toEqual([]);
    const config = loadConfig({ text: JSON.stringify(example), file: 'example.yml' });
    expect(Object.keys(config.areas)).toEqual(['data', 'model', 'pipeline', 'evaluation']);
  });

  it.each([
    ['an unknown top-level key', { mdoe: 'warn' }, 'additionalProperties'],
    ['an unknown area key', { areas: { model: { path: [] } } }, 'additionalProperties'],
    ['an area name with capitals', { areas: { Model: {} } }, 'additionalProperties'],
    ['an area name starting with a digit', { areas: { '1model': {} } }, 'additionalProperties'],
    ['an empty glob', { ignore: [''] }, 'minLength'],
    ['an empty label', { skip: { labels: [''] } }, 'minLength'],
    ['a mode outside the enum', { mode: 'strict' }, 'enum'],
    ['a boolean as a string', { comment: 'true' }, 'type'],
  ])('rejects %s', (_name, data, keyword) => {
    expect(validateRawConfig(data).map((error) => error.keyword)).toContain(keyword);
  });
});
