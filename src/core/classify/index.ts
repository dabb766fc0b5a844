export { classifyFiles, pathsOf, type Classification } from './classify-files.js';
export { GlobError, GLOB_PROBLEMS, type GlobProblem } from './glob-error.js';
export { matchGlobs } from './match-globs.js';
