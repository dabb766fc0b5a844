export {
  byPosition,
  CONFIG_ERROR_KINDS,
  ConfigError,
  describeFile,
  describeLocation,
  type ConfigErrorKind,
} from './config-error.js';
export { CONFIG_SCHEMA, validateRawConfig } from './config-schema.js';
export { DOC_TEMPLATES, templateSections } from './doc-templates.js';
export { loadConfig, type ConfigText } from './load-config.js';
export { mergeRawConfigs } from './merge-raw-configs.js';
export { MAX_CONFIG_BYTES, parseConfig } from './parse-config.js';
export { DOCUMENTATION_GLOBS, FALLBACK_DOC_GLOBS, PRESET_AREA_GLOBS, PRESET_IGNORE } from './preset-globs/index.js';
export { CONFIG_DEFAULTS, RECOMMENDED_PRESET } from './presets.js';
export type { RawAreaConfig, RawConfig } from './raw-config.js';
export { resolveConfig } from './resolve-config.js';
export { starterConfig } from './starter-config.js';
export { DEFAULT_CONFIG_PATH } from './default-config-path.js';
export { EXTENDS_KEY, extendsValue } from './extends-value.js';
