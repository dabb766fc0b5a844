import { classifyFiles } from '../classify/classify-files.js';
import { matchGlobs } from '../classify/match-globs.js';
import { BUILT_IN_AREAS, type BuiltInArea } from '../types.js';
import { CONFIG_SCHEMA } from './config-schema.js';
import { DOC_TEMPLATES } from './doc-templates.js';
import { CONFIG_DEFAULTS, RECOMMENDED_PRESET } from './presets.js';

/** Files quoted per area: enough to recognise the layout, few enough to read at a glance. */
const MAX_EXAMPLES = 3;

/** Names changelogs go by, in the order one is preferred when a repository keeps several. */
const CHANGELOG_NAMES = ['CHANGELOG.md', 'HISTORY.md', 'CHANGES.md', 'NEWS.md', 'CHANGELOG.rst', 'CHANGELOG'];

/** What each area's dedicated document is called in the starter's comments. */
const DOC_KIND: Readonly<Record<BuiltInArea, string>> = {
  data: 'datasheet',
  model: 'model card',
  deployment: 'deployment document',
  pipeline: 'pipeline document',
};

/**
 * The `.github/ml-docs-guard.yml` that `ml-docs-guard init` writes: valid YAML equivalent to the
 * `recommended` preset (with the repository's own changelog when it keeps one), commented with
 * what the preset finds in this repository (the files each area would watch, the documents it
 * already keeps, the documents to create) and how to adapt it.
 */
export function starterConfig({ files }: { files: readonly string[] }): string {
  const changelog = CHANGELOG_NAMES.find((name) => files.includes(name)) ?? CONFIG_DEFAULTS.changelog.path;
  const { areas } = classifyFiles({
    files: files.map((path) => ({ path, status: 'unchanged' as const })),
    config: RECOMMENDED_PRESET,
  });
  const watched = new Map(areas.map((area) => [area.name, shallowFirst(area.files.map((file) => file.path))]));
  const found = BUILT_IN_AREAS.filter((name) => watched.has(name));
  const hasReadme = files.includes('README.md');

  return [
    '# ml-docs-guard: documentation checks on pull requests.',
    "# Written by `ml-docs-guard init` from this repository's layout. Every key is optional;",
    '# without this file the `recommended` preset applies as is.',
    `# yaml-language-server: $schema=${CONFIG_SCHEMA.$id}`,
    '',
    'extends: recommended',
    `mode: ${CONFIG_DEFAULTS.mode} # \`warn\` reports missing documents without failing the check`,
    '',
    ...(found.length === 0
      ? [
          '# The recommended preset finds no data, model, deployment or pipeline files here yet; it',
          '# starts asking for documents when such files appear.',
        ]
      : [
          '# What the recommended preset finds in this repository:',
          ...BUILT_IN_AREAS.flatMap((name) => describeArea({ name, files, watched: watched.get(name) ?? [], hasReadme })),
        ]),
    '',
    '# Override a preset area field by field, switch one off, or add your own:',
    '# areas:',
    '#   model:',
    '#     mention-changes: true        # the update must name each changed hyperparameter',
    '#   deployment:',
    '#     enabled: false',
    '#   evaluation:                    # a new area sets `paths` and `docs`',
    '#     paths: ["eval/**"]',
    '#     docs: ["docs/evaluation.md"]',
    '',
    "# Files that never trigger an area, added to the preset's (tests, editor and lint config, notebooks/).",
    'ignore: []',
    '# Extra documentation files, added to the built-in globs (Markdown, docs/, READMEs, ...).',
    'docs: []',
    '',
    'changelog:',
    `  path: ${yamlScalar(changelog)}${files.includes(changelog) ? '' : ' # does not exist yet'}`,
    `  required: ${CONFIG_DEFAULTS.changelog.required}`,
    'skip:',
    `  labels: [${CONFIG_DEFAULTS.skip.labels.map(yamlScalar).join(', ')}]`,
    `  marker: ${yamlScalar(CONFIG_DEFAULTS.skip.marker)}`,
    '  authors: [] # bots whose pull requests need no docs, e.g. ["dependabot[bot]", "renovate[bot]"]',
    `comment: ${CONFIG_DEFAULTS.comment}`,
    '',
  ].join('\n');
}

function describeArea({
  name,
  files,
  watched,
  hasReadme,
}: {
  name: BuiltInArea;
  files: readonly string[];
  watched: readonly string[];
  hasReadme: boolean;
}): string[] {
  if (watched.length === 0) return [`#   ${name}: no files yet; the area waits for them (or set \`enabled: false\`)`];
  const kept = shallowFirst(files.filter(matchGlobs(RECOMMENDED_PRESET.areas[name]?.docs ?? [])));
  const fallback = hasReadme ? '; until then README.md and docs/ count' : '';
  return [
    `#   ${name}: ${listed(watched)}`,
    kept.length > 0
      ? `#     documented in ${kept.slice(0, MAX_EXAMPLES).join(', ')}`
      : `#     no ${DOC_KIND[name]} yet: create ${DOC_TEMPLATES[name].path}${fallback}`,
  ];
}

/** "2 files: a, b" or, past `MAX_EXAMPLES`, "40 files, e.g. a, b, c". */
function listed(paths: readonly string[]): string {
  const count = paths.length === 1 ? '1 file' : `${paths.length} files`;
  const separator = paths.length > MAX_EXAMPLES ? ', e.g.' : ':';
  return `${count}${separator} ${paths.slice(0, MAX_EXAMPLES).join(', ')}`;
}

/** Top-level files say most about a layout: quote them first. */
function shallowFirst(paths: readonly string[]): string[] {
  const depth = (path: string) => path.split('/').length;
  return [...paths].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** A plain scalar when YAML reads it back unchanged, a double-quoted one otherwise. */
function yamlScalar(value: string): string {
  return /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(value) ? value : JSON.stringify(value);
}
