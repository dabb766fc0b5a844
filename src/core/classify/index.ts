export { classifyFiles, pathsOf, type Classification } from './classify-files.js';
export { matchGlobs } from './match-globs.js';
