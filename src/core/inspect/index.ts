export { inspectFile } from './inspect-file.js';
