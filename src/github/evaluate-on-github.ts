import type { Octokit } from '@octokit/core';
import { ConfigError, loadConfig } from '../core/config/index.js';
import { configErrorReport, evaluatePullRequest } from '../core/evaluate-pull-request.js';
import type { ChangedFile, Config, ContentSource, Mode, PullRequestInfo, Report } from '../core/types.js';
import { mergeBaseResolver } from './find-merge-base.js';
import { createGitHubContentSource } from './github-content-source.js';
import { streamPullRequestFiles } from './list-pull-request-files.js';
import type { PullRequestTarget } from './pull-request-target.js';
import { readConfig, type ConfigText } from './read-config.js';
import { readExtendedConfig } from './read-extended-config.js';

/** Everything a door needs to publish a verdict. */
export interface GitHubEvaluation {
  readonly report: Report;
  /** The config in force; `undefined` when the base branch's config is invalid. */
  readonly config: Config | undefined;
  readonly files: readonly ChangedFile[];
  /** The cached reader the core used: publishing reuses it instead of asking GitHub again. */
  readonly source: ContentSource;
}

const withNotices = (report: Report, notices: readonly string[]): Report =>
  notices.length === 0 ? report : { ...report, notices: [...notices, ...report.notices] };

/**
 * The judgement of one pull request on GitHub, shared by the Action and the App: reads the
 * config from the base branch (and the config its `_extends` names) and the changed files, runs
 * the core, and returns the report. An invalid config (or `_extends` target) becomes a failing
 * report that lists its problems, never a pass; `mode`, when given, overrides the config's.
 */
export async function evaluateOnGitHub({
  octokit,
  target,
  pullRequest,
  changedFiles,
  configPath,
  mode,
  readConfigText = () => readConfig({ octokit, target, path: configPath }),
}: {
  octokit: Octokit;
  target: PullRequestTarget;
  pullRequest: PullRequestInfo;
  /** The payload's `changed_files`, to pick the way files are listed. */
  changedFiles?: number;
  configPath: string;
  mode?: Mode;
  /** Where the config text comes from; by default `configPath` on the base branch. */
  readConfigText?: () => Promise<ConfigText>;
}): Promise<GitHubEvaluation> {
  const mergeBase = mergeBaseResolver({ octokit, target });
  const source = createGitHubContentSource({ octokit, target, mergeBase });
  // The files stream in while the config is read, and are judged page by page once it is loaded.
  const stream = streamPullRequestFiles({ octokit, target, mergeBase, ...(changedFiles === undefined ? {} : { changedFiles }) });
  const configText = await readConfigText();
  let config: Config;
  try {
    const parent = await readExtendedConfig({ octokit, owner: target.owner, config: configText });
    config = loadConfig({
      text: configText.text,
      file: configText.path,
      ref: configText.ref,
      ...(parent === undefined ? {} : { parent }),
    });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const listed = await stream.listed;
    const report = configErrorReport({ problems: error.problems, ...(mode === undefined ? {} : { mode }) });
    return { report: withNotices(report, listed.notices), config: undefined, files: listed.files, source };
  }
  const effective = mode === undefined ? config : { ...config, mode };
  const report = await evaluatePullRequest({ files: stream.files, pullRequest, config: effective, source, configPath });
  const listed = await stream.listed;
  return { report: withNotices(report, listed.notices), config: effective, files: listed.files, source };
}
