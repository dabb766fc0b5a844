import { createRequire as __mlDocsGuardCreateRequire } from 'node:module';
const require = __mlDocsGuardCreateRequire(import.meta.url);
