export { PRESET_AREA_GLOBS } from './area-globs.js';
export { DOCUMENTATION_GLOBS, FALLBACK_DOC_GLOBS, PRESET_IGNORE, type AreaGlobs } from './common-globs.js';
