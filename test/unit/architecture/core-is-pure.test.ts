import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '../../..');

/** Every TypeScript file under a folder of src/. */
const sourcesOf = (folder: string): string[] =>
  readdirSync(join(ROOT, 'src', folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(ROOT, 'src', folder, name));

const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map(
    (match) => match[1] as string,
  );

/** What the pure core must never reach for: I/O, the environment, or a GitHub runtime. */
const FORBIDDEN_IN_CORE = [/^node:/, /^(fs|path|child_process|os|http|https|net)$/, /^@actions\//, /^probot$/, /^@octokit\//];

describe('architecture', () => {
  it('keeps src/core free of I/O, the environment and GitHub clients', () => {
    const offences = sourcesOf('core').flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const imports = importsOf(file).filter((specifier) => FORBIDDEN_IN_CORE.some((pattern) => pattern.test(specifier)));
      const env = /\bprocess\.(env|argv|exit|cwd)\b/.test(text) ? ['process.*'] : [];
      return [...imports, ...env].map((what) => `${relative(ROOT, file)}: ${what}`);
    });
    expect(offences).toEqual([]);
  });

  it('keeps the Actions toolkit in the Action door and Probot in the App door', () => {
    const offences = ['core', 'github', 'cli', 'app', 'action'].flatMap((folder) =>
      sourcesOf(folder).flatMap((file) =>
        importsOf(file)
          .filter(
            (specifier) =>
              (specifier.startsWith('@actions/') && folder !== 'action') || (specifier === 'probot' && folder !== 'app'),
          )
          .map((specifier) => `${relative(ROOT, file)}: ${specifier}`),
      ),
    );
    expect(offences).toEqual([]);
  });

  it('reads the Actions context only where the Action starts', () => {
    const readers = sourcesOf('action').filter((file) => importsOf(file).includes('@actions/github'));
    expect(readers.map((file) => relative(ROOT, file))).toEqual(['src/action/read-action-context.ts']);
  });
});
