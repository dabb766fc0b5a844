import { GlobError } from '../classify/glob-error.js';
import { matchGlobs } from '../classify/match-globs.js';
import type { AreaConfig, Config, ConfigProblem, ContentTrigger } from '../types.js';
import { byPosition, ConfigError, describeLocation } from './config-error.js';
import { DOCUMENTATION_GLOBS } from './preset-globs/index.js';
import { CONFIG_DEFAULTS, RECOMMENDED_PRESET } from './presets.js';
import type { RawAreaConfig, RawConfig } from './raw-config.js';
import { fieldName } from './schema-problems.js';
import type { DataPath, YamlSource } from './yaml-source.js';

interface Context {
  readonly source: Pick<YamlSource, 'locate'>;
  readonly file: string;
  readonly ref?: string;
  readonly problems: ConfigProblem[];
}

/**
 * Merges a schema-valid config over its preset: settings replace the defaults, a preset area is
 * overridden field by field (`enabled: false` removes it), other areas are added, and `ignore`
 * and `docs` add to the preset's lists.
 *
 * @throws ConfigError (`schema`) for what the schema cannot say: a new area without `paths` or
 *   `docs`, disabling an area that does not exist, an area no document can satisfy, a glob that
 *   names no path or could make matching slow (see `matchGlobs`). Each problem is positioned
 *   like a schema violation.
 */
export function resolveConfig({
  raw,
  source,
  file,
  ref,
}: {
  raw: RawConfig;
  source: Pick<YamlSource, 'locate'>;
  file: string;
  ref?: string;
}): Config {
  const context: Context = { source, file, ...(ref === undefined ? {} : { ref }), problems: [] };
  const preset = raw.extends === 'none' ? undefined : RECOMMENDED_PRESET;
  const config: Config = {
    mode: raw.mode ?? CONFIG_DEFAULTS.mode,
    areas: resolveAreas({ raw: raw.areas ?? {}, preset: preset?.areas ?? {}, context }),
    ignore: unique([...(preset?.ignore ?? []), ...(raw.ignore ?? [])]),
    docs: unique([...(preset?.docs ?? DOCUMENTATION_GLOBS), ...(raw.docs ?? [])]),
    changelog: { ...CONFIG_DEFAULTS.changelog, ...raw.changelog },
    skip: { ...CONFIG_DEFAULTS.skip, ...raw.skip },
    comment: raw.comment ?? CONFIG_DEFAULTS.comment,
  };
  checkGlobs({ raw, context });
  if (context.problems.length > 0) throw new ConfigError({ kind: 'schema', problems: context.problems.sort(byPosition) });
  return config;
}

function resolveAreas({
  raw,
  preset,
  context,
}: {
  raw: Readonly<Record<string, RawAreaConfig>>;
  preset: Readonly<Record<string, AreaConfig>>;
  context: Context;
}): Record<string, AreaConfig> {
  const areas: Record<string, AreaConfig> = { ...preset };
  const presetNames = Object.keys(preset);
  for (const [name, area] of Object.entries(raw)) {
    const base = preset[name];
    if (area.enabled === false) {
      if (base === undefined) {
        const known =
          presetNames.length === 0 ? 'with `extends: none` there are none' : `preset areas: ${presetNames.join(', ')}`;
        report({
          context,
          path: ['areas', name, 'enabled'],
          message: (where) =>
            `\`enabled: false\` on area \`${name}\` ${where} disables nothing: there is no preset area of that name; ${known}`,
        });
      }
      delete areas[name];
      continue;
    }
    if (base === undefined) {
      const missing = (['paths', 'docs'] as const).filter((field) => area[field] === undefined);
      if (missing.length > 0) {
        const why =
          presetNames.length === 0
            ? 'with `extends: none` every area is new'
            : `it is not a preset area (${presetNames.join(', ')})`;
        const fields = missing.map((field) => `\`${field}\``).join(' and ');
        report({
          context,
          path: ['areas', name],
          field: fieldName(['areas', name, missing[0] ?? 'paths']),
          message: (where) => `new area \`${name}\` ${where} must set ${fields}: ${why}`,
        });
        continue;
      }
    }
    const merged = mergeArea({ name, base, area });
    if (merged.docs.length === 0 && merged.fallbackDocs.length === 0) {
      report({
        context,
        path: ['areas', name],
        field: fieldName(['areas', name, 'docs']),
        message: (where) =>
          `area \`${name}\` ${where} has no \`docs\` and no \`fallback-docs\`: no document could ever satisfy it`,
      });
    }
    areas[name] = merged;
  }
  return areas;
}

function mergeArea({ name, base, area }: { name: string; base: AreaConfig | undefined; area: RawAreaConfig }): AreaConfig {
  const template = area.template ?? base?.template;
  return {
    // An empty description shows the area's name rather than nothing.
    description: (area.description ?? base?.description) || name,
    paths: area.paths ?? base?.paths ?? [],
    docs: area.docs ?? base?.docs ?? [],
    fallbackDocs: area['fallback-docs'] ?? base?.fallbackDocs ?? [],
    ...(template ? { template } : {}),
    sections: area.sections ?? base?.sections ?? [],
    mentionChanges: area['mention-changes'] ?? base?.mentionChanges ?? false,
    strict: area.strict ?? base?.strict ?? false,
    ...contentTrigger(area.content, base?.content),
  };
}

/** A content trigger overrides the preset's field by field; without paths or kinds it triggers nothing. */
function contentTrigger(raw: RawAreaConfig['content'], base: ContentTrigger | undefined): { content?: ContentTrigger } {
  const paths = raw?.paths ?? base?.paths ?? [];
  const kinds = raw?.kinds ?? base?.kinds ?? [];
  return paths.length === 0 || kinds.length === 0 ? {} : { content: { paths, kinds } };
}

/**
 * Every glob the user wrote must compile: the matcher rejects `!`, `/` and blanks, and the
 * constructs that could make matching slow (extglobs, brace ranges and explosions).
 */
function checkGlobs({ raw, context }: { raw: RawConfig; context: Context }): void {
  const lists: [DataPath, readonly string[] | undefined][] = [
    [['ignore'], raw.ignore],
    [['docs'], raw.docs],
    ...Object.entries(raw.areas ?? {}).flatMap(([name, area]) => [
      ...(['paths', 'docs', 'fallback-docs'] as const).map((field): [DataPath, readonly string[] | undefined] => [
        ['areas', name, field],
        area[field],
      ]),
      [['areas', name, 'content', 'paths'], area.content?.paths] as [DataPath, readonly string[] | undefined],
    ]),
  ];
  for (const [path, globs] of lists) {
    globs?.forEach((glob, index) => {
      try {
        matchGlobs([glob]);
      } catch (error) {
        if (!(error instanceof GlobError)) throw error;
        report({
          context,
          path: [...path, index],
          key: false,
          message: (where) => `invalid glob \`${glob}\` for \`${fieldName([...path, index])}\` ${where}: it ${error.reason}`,
        });
      }
    });
  }
}

/** Records a problem at `path` (its key unless `key: false`); `message` gets the location phrase. */
function report({
  context,
  path,
  key = true,
  field,
  message,
}: {
  context: Context;
  path: DataPath;
  key?: boolean;
  field?: string;
  message: (where: string) => string;
}): void {
  const { file, ref } = context;
  const position = context.source.locate(path, { key }) ?? {};
  context.problems.push({
    file,
    ...(ref === undefined ? {} : { ref }),
    ...position,
    field: field ?? fieldName(path),
    message: message(describeLocation({ file, ref, ...position })),
  });
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
