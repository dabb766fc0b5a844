export { checkRequirements, type RequirementsResult } from './check-requirements.js';
export { hasContentChange } from './has-content-change.js';
export { lazyBaseFiles } from './lazy-base-files.js';
