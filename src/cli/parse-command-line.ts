import { parseArgs } from 'node:util';
import { isMode, MODES, type Mode } from '../core/types.js';
import { COMMANDS, isCommandName, type CommandName } from './help.js';
import { UsageError } from './usage-error.js';

/** How `check` prints its report. */
export const REPORT_FORMATS = ['text', 'markdown', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const isReportFormat = (value: string): value is ReportFormat => (REPORT_FORMATS as readonly string[]).includes(value);

export interface CheckOptions {
  readonly repo?: string;
  readonly base?: string;
  readonly head?: string;
  readonly config?: string;
  readonly mode?: Mode;
  readonly format: ReportFormat;
  readonly title?: string;
  readonly bodyFile?: string;
  readonly labels: readonly string[];
  /** The pull request author's login, for `skip.authors`. */
  readonly author?: string;
}

export interface InitOptions {
  readonly repo?: string;
  readonly force: boolean;
  readonly docs: boolean;
}

/** What the command line asks for. */
export type CommandLine =
  | { readonly kind: 'help'; readonly command?: CommandName }
  | { readonly kind: 'version' }
  | { readonly kind: 'check'; readonly options: CheckOptions }
  | { readonly kind: 'init'; readonly options: InitOptions };

const CHECK_OPTIONS = {
  repo: { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  config: { type: 'string' },
  mode: { type: 'string' },
  format: { type: 'string' },
  title: { type: 'string' },
  'body-file': { type: 'string' },
  label: { type: 'string', multiple: true },
  author: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const INIT_OPTIONS = {
  repo: { type: 'string' },
  force: { type: 'boolean' },
  docs: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Reads `ml-docs-guard <command> [options]`. The command comes first, as in git, so each
 * command's options are checked against its own list. Throws `UsageError` with a one-line reason.
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') {
    return rest[0] !== undefined && isCommandName(rest[0]) ? { kind: 'help', command: rest[0] } : { kind: 'help' };
  }
  if (first === '--version') return { kind: 'version' };
  if (first === undefined) throw new UsageError(`missing command; expected ${COMMANDS.join(' or ')}`);
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}' before the command`);
  if (!isCommandName(first)) throw new UsageError(`unknown command '${first}'; expected ${COMMANDS.join(' or ')}`);
  return first === 'check' ? parseCheck(rest) : parseInit(rest);
}

function parseCheck(args: readonly string[]): CommandLine {
  const { values } = parseStrict({ args, options: CHECK_OPTIONS, command: 'check' });
  if (values.help === true) return { kind: 'help', command: 'check' };
  return {
    kind: 'check',
    options: {
      repo: nonEmpty(values.repo, '--repo'),
      base: nonEmpty(values.base, '--base'),
      head: nonEmpty(values.head, '--head'),
      config: nonEmpty(values.config, '--config'),
      mode: values.mode === undefined ? undefined : oneOf({ value: values.mode, option: '--mode', valid: MODES, guard: isMode }),
      format:
        values.format === undefined
          ? 'text'
          : oneOf({ value: values.format, option: '--format', valid: REPORT_FORMATS, guard: isReportFormat }),
      title: values.title,
      bodyFile: nonEmpty(values['body-file'], '--body-file'),
      labels: values.label ?? [],
      author: nonEmpty(values.author, '--author'),
    },
  };
}

function parseInit(args: readonly string[]): CommandLine {
  const { values } = parseStrict({ args, options: INIT_OPTIONS, command: 'init' });
  if (values.help === true) return { kind: 'help', command: 'init' };
  return {
    kind: 'init',
    options: { repo: nonEmpty(values.repo, '--repo'), force: values.force === true, docs: values.docs === true },
  };
}

type OptionsConfig = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** `parseArgs` in strict mode, with its errors turned into one short line. */
function parseStrict<T extends OptionsConfig>({
  args,
  options,
  command,
}: {
  readonly args: readonly string[];
  readonly options: T;
  readonly command: CommandName;
}): ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: false }>> {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError(describeParseError(error), command);
  }
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const option = quoted.split(' ')[0] ?? quoted;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option '${option}'`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument '${quoted}'`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return message.includes('does not take') ? `option '${option}' does not take a value` : `option '${option}' needs a value`;
    default:
      return message.split('\n')[0] ?? message;
  }
}

function oneOf<T extends string>({
  value,
  option,
  valid,
  guard,
}: {
  readonly value: string;
  readonly option: string;
  readonly valid: readonly T[];
  readonly guard: (value: string) => value is T;
}): T {
  if (guard(value)) return value;
  throw new UsageError(`invalid ${option} '${value}' (expected ${valid.join(', ')})`, 'check');
}

function nonEmpty(value: string | undefined, option: string): string | undefined {
  if (value === '') throw new UsageError(`option '${option}' needs a non-empty value`);
  return value;
}
