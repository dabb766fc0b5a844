/** The CLI's commands. */
export const COMMANDS = ['check', 'init'] as const;
export type CommandName = (typeof COMMANDS)[number];
export const isCommandName = (value: string): value is CommandName => (COMMANDS as readonly string[]).includes(value);

const PROGRAM_HELP = `Usage: ml-docs-guard <command> [options]

Checks that a change to an ML project's data, model, deployment or pipelines comes with its
documentation (model card, datasheet, deployment and pipeline docs, changelog), the way the
GitHub Action and App check a pull request, on a local git repository.

Commands:
  check   compare a branch with its base like a pull request and report missing docs
  init    write a starter .github/ml-docs-guard.yml fitted to the repository

Options:
  -h, --help     show this help (or 'ml-docs-guard <command> --help')
  --version      print the version

Exit codes: 0 pass, warn or skipped; 1 fail; 2 usage, config or git error.
`;

const CHECK_HELP = `Usage: ml-docs-guard check [options]

Compares HEAD (or --head) with the point where it forked from the base branch, as a pull request
does, and reports which documentation the change needs and whether it has it.

Options:
  --repo DIR         repository to check (default: the current directory)
  --base REF         branch to compare with (default: origin's default branch, else main,
                     else master)
  --head REF         commit to check (default: HEAD)
  --config FILE      config path in the repository, read at the base commit so a change cannot
                     relax its own check (default: .github/ml-docs-guard.yml; without it the
                     recommended preset applies); a file not in the base commit is read from
                     disk, relative to the current directory
  --mode MODE        fail or warn, overriding the config
  --format FORMAT    text (default), markdown or json
  --title TEXT       pull request title (default: the head commit's subject)
  --body-file FILE   pull request description ('-' reads stdin; default: the messages of the
                     commits being checked)
  --label LABEL      pull request label, e.g. a skip label; repeat for several
  --author LOGIN     pull request author's GitHub login, matched against skip.authors
  -h, --help         show this help

Exit codes: 0 pass, warn or skipped; 1 fail; 2 usage, config or git error.
`;

const INIT_HELP = `Usage: ml-docs-guard init [options]

Writes .github/ml-docs-guard.yml, a commented starter config fitted to the repository's files.

Options:
  --repo DIR   repository to set up (default: the current directory)
  --force      overwrite an existing config
  --docs       also write a template for each dedicated document the repository's areas need
               and it does not have yet (model card, datasheet, ...)
  -h, --help   show this help

Exit codes: 0 written; 2 usage or git error, or the config exists (without --force).
`;

const HELP: Readonly<Record<CommandName, string>> = { check: CHECK_HELP, init: INIT_HELP };

/** The help of the program, or of one command. */
export function helpText(command?: CommandName): string {
  return command === undefined ? PROGRAM_HELP : HELP[command];
}
