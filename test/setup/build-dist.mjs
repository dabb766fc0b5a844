// End-to-end tests run the bundles users run (dist/index.js, dist/cli.js): build them first so
// they always reflect src/. CI then checks that the committed dist/ equals this build.
import { execFileSync } from 'node:child_process';

export default function buildDist() {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
