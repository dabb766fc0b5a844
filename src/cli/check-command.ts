import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { extendsValue } from '../core/config/extends-value.js';
import { ConfigError, loadConfig } from '../core/config/index.js';
import { readYaml } from '../core/config/yaml-source.js';
import { configErrorReport, evaluatePullRequest } from '../core/evaluate-pull-request.js';
import type { Config, Report } from '../core/types.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { EXIT_CODES } from './exit-codes.js';
import { gitContentSource } from './git-content-source.js';
import { type CheckRange, openCheckRange } from './open-check-range.js';
import type { CheckOptions } from './parse-command-line.js';
import { pullRequestFromGit } from './pull-request-from-git.js';
import { readCheckConfig } from './read-check-config.js';
import { renderReport } from './render-report.js';

/** Characters of a commit SHA shown to the user: unambiguous in any repository of sensible size. */
const SHORT_SHA_LENGTH = 12;

/**
 * `ml-docs-guard check`: judges the commits between the merge-base of base and head and head, the
 * way the Action judges a pull request, prints the report and returns the exit code.
 */
export async function checkCommand({
  options,
  io,
  range: opening,
}: {
  readonly options: CheckOptions;
  readonly io: CliIo;
  /** The range, when the caller started opening it early (see `openCheckRange`). */
  readonly range?: Promise<CheckRange>;
}): Promise<number> {
  const range = await (opening ?? openCheckRange({ options, cwd: io.cwd }));
  const { git, refs, head, mergeBase, changedFiles } = range;
  const source = gitContentSource({ git, commits: { base: mergeBase, head } });
  try {
    const configText = await readCheckConfig({
      option: options.config,
      source,
      root: git.root,
      cwd: io.cwd,
      ref: mergeBase.slice(0, SHORT_SHA_LENGTH),
    });
    const loaded = loadCheckConfig(configText);
    if (loaded instanceof ConfigError) {
      const report = configErrorReport({ problems: loaded.problems, mode: options.mode ?? 'fail' });
      io.stdout.write(renderReport({ report, format: options.format, io }));
      throw new CliError(`invalid config: ${loaded.message}`);
    }
    const pullRequest = await pullRequestFromGit({
      git,
      range: { from: mergeBase, to: head },
      refs,
      title: options.title,
      body: await readBody({ file: options.bodyFile, io }),
      labels: options.labels,
      author: options.author,
    });
    const config: Config = options.mode === undefined ? loaded : { ...loaded, mode: options.mode };
    // The same read budget as on GitHub: the CLI shows exactly the report a pull request gets.
    const report = await evaluatePullRequest({
      files: changedFiles,
      pullRequest,
      config,
      source,
      configPath: configText.configPath,
    });
    const noticed = withExtendsNotice(withRangeNotice(report), extendsTargetOf(configText));
    io.stdout.write(renderReport({ report: noticed, format: options.format, io }));
    return report.verdict === 'fail' ? EXIT_CODES.fail : EXIT_CODES.ok;
  } finally {
    changedFiles.stop();
    source.close();
  }
}

function loadCheckConfig({ text, file, ref }: { text: string | undefined; file: string; ref?: string }): Config | ConfigError {
  try {
    return loadConfig({ text, file, ...(ref === undefined ? {} : { ref }) });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
}

/** The repository the config `_extends`, if any (the file is known to be valid by now, so it parses). */
function extendsTargetOf({ text, file }: { text: string | undefined; file: string }): string | undefined {
  if (text === undefined) return undefined;
  const target = extendsValue(readYaml({ text, file }));
  return typeof target === 'string' && target !== '' ? target : undefined;
}

/** The CLI reads no other repository: a config that extends one is checked without it, and says so. */
function withExtendsNotice(report: Report, target: string | undefined): Report {
  if (target === undefined) return report;
  const notice = `The config extends \`${target}\`, which the CLI does not read: only this repository's file (over the preset) applies here; the Action and the App follow it.`;
  return { ...report, notices: [...report.notices, notice] };
}

/** Says so when there is nothing to compare, so a pass on an empty range is not mistaken for a check. */
function withRangeNotice(report: Report): Report {
  if (report.stats.files > 0) return report;
  return { ...report, notices: [...report.notices, 'No changes: head is at the point where it forked from the base.'] };
}

async function readBody({ file, io }: { file: string | undefined; io: CliIo }): Promise<string | undefined> {
  if (file === undefined) return undefined;
  if (file === '-') return io.readStdin();
  const path = resolve(io.cwd, file);
  return readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`cannot read --body-file ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
}
