import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { classifyFiles, matchGlobs } from '../core/classify/index.js';
import { DOC_TEMPLATES, loadConfig, starterConfig } from '../core/config/index.js';
import { isBuiltInArea, type Config } from '../core/types.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { EXIT_CODES } from './exit-codes.js';
import { localGit } from './local-git.js';
import type { InitOptions } from './parse-command-line.js';
import { DEFAULT_CONFIG_PATH } from '../core/config/default-config-path.js';

/**
 * `ml-docs-guard init`: writes the starter config fitted to the repository's files (tracked and
 * untracked, not ignored) and, with `--docs`, a template for each dedicated document an area of
 * the repository needs and it does not keep yet. Prints every file it wrote.
 */
export async function initCommand({ options, io }: { readonly options: InitOptions; readonly io: CliIo }): Promise<number> {
  const git = await localGit({ dir: options.repo ?? io.cwd });
  const configFile = join(git.root, DEFAULT_CONFIG_PATH);
  if (!options.force && (await exists(configFile))) {
    throw new CliError(`${DEFAULT_CONFIG_PATH} already exists in ${git.root}; pass --force to overwrite it`);
  }
  const files = await git.listWorkingTree();
  const text = starterConfig({ files });
  const written = [DEFAULT_CONFIG_PATH];
  await writeNew({ path: configFile, text });
  if (options.docs) {
    for (const template of missingTemplates({ files, config: loadConfig({ text, file: DEFAULT_CONFIG_PATH }) })) {
      const path = join(git.root, template.path);
      if (await exists(path)) continue;
      await writeNew({ path, text: template.content });
      written.push(template.path);
    }
  }
  io.stdout.write(
    [
      ...written.map((path) => `Wrote ${path}`),
      'Commit it to the base branch: checks read the config from there, so a change cannot relax its own check.',
      '',
    ].join('\n'),
  );
  return EXIT_CODES.ok;
}

/** The templates of the built-in areas that have files here but none of their dedicated documents. */
function missingTemplates({
  files,
  config,
}: {
  readonly files: readonly string[];
  readonly config: Pick<Config, 'areas' | 'ignore' | 'docs'>;
}): { path: string; content: string }[] {
  const { areas } = classifyFiles({ files: files.map((path) => ({ path, status: 'unchanged' })), config });
  return areas.flatMap(({ name }) => {
    const area = config.areas[name];
    if (!isBuiltInArea(name) || area === undefined) return [];
    if (files.some(matchGlobs(area.docs))) return [];
    return [{ path: area.template ?? DOC_TEMPLATES[name].path, content: DOC_TEMPLATES[name].content }];
  });
}

async function writeNew({ path, text }: { path: string; text: string }): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  } catch (error) {
    throw new CliError(`cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
