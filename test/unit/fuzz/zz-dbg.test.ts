import { it } from '@jest/globals';
import { matchGlobs } from '../../../src/core/classify/match-globs.js';
import { matchGlobs as oldMatch } from './zz-old-match-globs.js';
import { RECOMMENDED_PRESET } from '../../../src/core/config/presets.js';
it('dbg', () => {
  const paths = ['.github/workflows/release.yml', 'src/prepare.py', 'README.rst', 'docs/a.md'];
  const lists: [string, readonly string[]][] = [['ignore', RECOMMENDED_PRESET.ignore], ['docs', RECOMMENDED_PRESET.docs]];
  for (const [name, area] of Object.entries(RECOMMENDED_PRESET.areas)) lists.push([name + '.paths', area.paths], [name + '.docs', area.docs], [name + '.fallback', area.fallbackDocs]);
  for (const [name, globs] of lists) {
    for (const p of paths) { const a = oldMatch(globs)(p), b = matchGlobs(globs)(p); if (a !== b) console.log(name, p, a, b, globs.filter(g => oldMatch([g])(p) !== matchGlobs([g])(p))); }
  }
});
