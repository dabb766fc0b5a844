import { build } from 'esbuild';

/**
 * Modules whose main function is replaced by a no-op in the "lean" CLI: the content inspectors
 * and the doc review, the two stages that read and parse file contents. The lean CLI measures
 * everything else (git, diff parsing, classification, requirements, rendering), so the table
 * shows what the content checks cost on top.
 */
const STUBS = [
  { file: /src\/core\/inspect\/inspect-file\.ts$/, code: 'export async function inspectFile() { return []; }' },
  {
    file: /src\/core\/docs-review\/review-docs\.ts$/,
    code: 'export async function reviewDocs({ areas, missing }) { return { areas, missing }; }',
  },
];
const REAL = '?bench-real';

/** Each stubbed module keeps its other exports: the stub re-exports the real module and shadows one function. */
const stubPlugin = {
  name: 'bench-lean-stubs',
  setup(builder) {
    builder.onResolve({ filter: /\?bench-real$/ }, (args) => ({
      path: args.path.slice(0, -REAL.length),
      namespace: 'bench-real',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'bench-real' }, async (args) => ({
      contents: await import('node:fs/promises').then((fs) => fs.readFile(args.path, 'utf8')),
      loader: 'ts',
      resolveDir: args.path.slice(0, args.path.lastIndexOf('/')),
    }));
    for (const stub of STUBS) {
      builder.onLoad({ filter: stub.file }, (args) => ({
        contents: `export * from ${JSON.stringify(args.path + REAL)};\n${stub.code}\n`,
        loader: 'ts',
      }));
    }
  },
};

/** Bundles the CLI without content checks to `outfile`, built like dist/cli.js. */
export async function buildLeanCli({ entry, outfile }) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    minify: true,
    logLevel: 'warning',
    plugins: [stubPlugin],
    banner: { js: "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);" },
  });
}
