import type { Mode, PresetName } from '../types.js';

/**
 * One area as written in the YAML file (kebab-case keys, every field optional). Mirrors
 * `#/definitions/area` of `schemas/config.schema.json`; a test keeps the two in sync.
 */
export interface RawAreaConfig {
  readonly description?: string;
  readonly paths?: readonly string[];
  readonly docs?: readonly string[];
  readonly 'fallback-docs'?: readonly string[];
  readonly template?: string;
  readonly sections?: readonly string[];
  readonly 'mention-changes'?: boolean;
  readonly strict?: boolean;
  readonly content?: {
    readonly paths?: readonly string[];
    readonly kinds?: readonly string[];
  };
  readonly enabled?: boolean;
}

/**
 * The configuration file as written, after schema validation and before the preset is merged
 * in. Mirrors `schemas/config.schema.json`; a test keeps the two in sync.
 */
export interface RawConfig {
  /** Another repository's config this one builds on (`repo`, `owner/repo[:path]`). */
  readonly _extends?: string;
  readonly extends?: PresetName;
  readonly mode?: Mode;
  readonly areas?: Readonly<Record<string, RawAreaConfig>>;
  readonly ignore?: readonly string[];
  readonly docs?: readonly string[];
  readonly changelog?: {
    readonly path?: string;
    readonly required?: boolean;
  };
  readonly skip?: {
    readonly labels?: readonly string[];
    readonly marker?: string;
    readonly authors?: readonly string[];
  };
  readonly comment?: boolean;
}
