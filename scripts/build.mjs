// Bundles the doors that must run without `npm install`: the Action (dist/index.js) and the
// CLI (dist/cli.js, with its engine in dist/cli/). ESM output; the banner gives CommonJS dependencies a `require`.
// The App's server (dist/app.js) keeps `probot` external: it runs where `npm install` ran, and
// Probot loads optional packages (ioredis for REDIS_URL) from node_modules at run time.
import { build } from 'esbuild';
import { chmod, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const banner = {
  js: "import { createRequire as __mlDocsGuardCreateRequire } from 'node:module';\nconst require = __mlDocsGuardCreateRequire(import.meta.url);",
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  banner,
};

/** Resolves `undici` to a stand-in that names itself if called (see the file for why). */
const leaveOutUndici = {
  name: 'leave-out-undici',
  setup(builder) {
    builder.onResolve({ filter: /^undici$/ }, () => ({
      path: fileURLToPath(new URL('build/undici-left-out.mjs', import.meta.url)),
    }));
  },
};

await Promise.all([
  build({ ...common, entryPoints: ['src/action/index.ts'], outfile: 'dist/index.js', plugins: [leaveOutUndici] }),
  // Split: the entry starts git, then loads the engine's chunk while git works.
  rm('dist/cli', { recursive: true, force: true }).then(() =>
    build({
      ...common,
      entryPoints: { cli: 'src/cli/index.ts' },
      outdir: 'dist',
      splitting: true,
      chunkNames: 'cli/[name]-[hash]',
    }),
  ),
  build({ ...common, entryPoints: ['src/app/server.ts'], outfile: 'dist/app.js', external: ['probot'] }),
]);
await chmod('dist/cli.js', 0o755);
