// Generates docs/configuration.md from schemas/config.schema.json, the single source of truth of
// the config format. `node scripts/gen-config-docs.mjs` writes the file; `--check` fails when the
// committed file differs from what the schema generates.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const SCHEMA_PATH = fileURLToPath(new URL('../schemas/config.schema.json', import.meta.url));
const DOCS_PATH = fileURLToPath(new URL('../docs/configuration.md', import.meta.url));

/**
 * The configuration reference as Markdown: the schema's description, a full example, then one
 * section per property (type, default, description), depth first in schema order.
 *
 * @param {Record<string, any>} schema the parsed config schema
 * @returns {string}
 */
export function renderConfigDocs(schema) {
  const [example] = schema.examples ?? [];
  const lines = [
    '<!-- Generated from schemas/config.schema.json by `npm run docs`: edit the schema, not this file. -->',
    '',
    `# ${schema.title}`,
    '',
    schema.description,
    '',
    `Editors that read JSON Schema complete and check the file when it starts with \`# yaml-language-server: $schema=${schema.$id}\`.`,
    '',
    ...(schema.definitions?.glob ? ['## Globs', '', schema.definitions.glob.description, ''] : []),
    '## Full example',
    '',
    '```yaml',
    stringify(example, { lineWidth: 0 }).trimEnd(),
    '```',
    '',
    '## Settings',
    '',
    ...describeProperties({ schema, node: schema, prefix: '' }),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Sections of every property under `node`, and of theirs. */
function describeProperties({ schema, node, prefix }) {
  const entries = [
    ...Object.entries(node.properties ?? {}),
    ...Object.entries(node.patternProperties ?? {}).map(([, child]) => ['<name>', child]),
  ];
  return entries.flatMap(([name, child]) => {
    const resolved = resolve(schema, child);
    const path = `${prefix}${name}`;
    const section = [
      `### \`${path}\``,
      '',
      `- Type: ${typeOf(schema, resolved)}`,
      `- Default: ${defaultOf(resolved)}`,
      '',
      resolved.description,
      '',
    ];
    return [...section, ...describeProperties({ schema, node: resolved, prefix: `${path}.` })];
  });
}

function resolve(schema, node) {
  if (typeof node.$ref !== 'string') return node;
  const target = node.$ref
    .replace(/^#\//, '')
    .split('/')
    .reduce((value, key) => value[key], schema);
  return { ...target, ...node, $ref: undefined };
}

function typeOf(schema, node) {
  if (node.enum) return `one of ${node.enum.map((value) => `\`${value}\``).join(', ')}`;
  if (node.type === 'array') {
    return node.items.$ref === '#/definitions/glob' ? 'list of globs' : `list of ${resolve(schema, node.items).type}s`;
  }
  if (node.type === 'object') {
    return node.patternProperties
      ? `mapping of names (matching \`${Object.keys(node.patternProperties).join('`, `')}\`) to areas`
      : 'mapping';
  }
  return node.type;
}

function defaultOf(node) {
  if (!('default' in node)) return 'none';
  const value = node.default;
  if (typeof value === 'string') return value === '' ? '`""` (empty)' : `\`${value}\``;
  return `\`${inline(value)}\``;
}

/** A value as YAML flow style, the way it would be written in the config file. */
function inline(value) {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([key, item]) => `${key}: ${inline(item)}`)
      .join(', ')} }`.replace('{  }', '{}');
  }
  return JSON.stringify(value);
}

async function main() {
  const schema = JSON.parse(await readFile(SCHEMA_PATH, 'utf8'));
  const docs = renderConfigDocs(schema);
  if (process.argv.includes('--check')) {
    const current = await readFile(DOCS_PATH, 'utf8').catch(() => '');
    if (current !== docs) {
      console.error('docs/configuration.md is stale: run `npm run docs`.');
      process.exitCode = 1;
    }
    return;
  }
  await writeFile(DOCS_PATH, docs);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
