import { pathsOf } from './classify/classify-files.js';
import { ConfigError } from './config/config-error.js';
import { loadConfig } from './config/load-config.js';
import { codeSpan } from './report/escape/code-span.js';
import { repoPath } from './repo-path.js';
import type { ChangedFile, ContentSource } from './types.js';

/** Problems of the new config quoted in the notice; the rest are counted. */
const PROBLEMS_QUOTED = 5;

/**
 * What a pull request that edits the config file must be told. The check runs on the base
 * branch's config, so the edit applies after merge; and the edit itself is validated: a config
 * that breaks would fail every pull request once merged, so its problems are reported here, with
 * their lines, where the author can still fix them. Reads the file at head only when the pull
 * request changes it (one read).
 */
export async function configChangeNotices({
  files,
  configPath,
  source,
  headRef,
}: {
  readonly files: readonly ChangedFile[];
  readonly configPath?: string | undefined;
  readonly source: Pick<ContentSource, 'readFile'>;
  /** The head's name in problem locations (`feature/tune`); `head` when unknown. */
  readonly headRef?: string | undefined;
}): Promise<string[]> {
  if (configPath === undefined) return [];
  const target = repoPath(configPath);
  const file = files.find((candidate) => pathsOf(candidate).includes(target));
  if (file === undefined) return [];
  const applies = `This pull request changes ${codeSpan(target)}: the check uses the base branch's config, so the change applies after merge.`;
  if (file.path !== target || file.status === 'removed') {
    return [`${applies} Without it, the organisation's default config or the \`recommended\` preset applies.`];
  }
  const text = await source.readFile('head', target);
  if (text === undefined) return [applies];
  try {
    loadConfig({ text, file: target, ref: headRef ?? 'head' });
    return [applies];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const { problems } = error;
    const quoted = problems.slice(0, PROBLEMS_QUOTED).map((problem) => problem.message);
    const more = problems.length > PROBLEMS_QUOTED ? ` (and ${problems.length - PROBLEMS_QUOTED} more)` : '';
    return [
      `${applies} The new config is invalid, and once merged every check would fail on it until it is fixed: ` +
        `${quoted.join('; ')}${more}.`,
    ];
  }
}
