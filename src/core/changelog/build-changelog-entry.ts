import { BUILT_IN_AREAS, isBuiltInArea, type AreaReport, type Change, type ChangedFile, type PullRequestInfo } from '../types.js';
import { codeSpan } from '../report/escape/code-span.js';
import { escapeInlineHtml } from './escape-inline-html.js';
import { boundText, parsePullRequestDescription } from './parse-pull-request-description.js';

/** Files and changes named per area before "and N more": an entry is read, not audited. */
const MAX_LISTED = 5;
/** Longest title or change summary quoted, so one line cannot swamp the entry. */
const MAX_TITLE_LENGTH = 200;

/** Keep a Changelog section names, in the order that format lists them. */
const SECTIONS = ['Added', 'Changed', 'Removed'] as const;
type Section = (typeof SECTIONS)[number];

/** Characters that would end a Markdown link destination early. */
const URL_UNSAFE: Readonly<Record<string, string>> = { '(': '%28', ')': '%29', ' ': '%20', '<': '%3C', '>': '%3E' };

/**
 * The first items, formatted, and how many more there are. Only the shown items are formatted:
 * an area of a large pull request has thousands of files and changes, of which five are listed.
 */
function listWithMore<T>({ items, format }: { readonly items: readonly T[]; readonly format: (item: T) => string }): string {
  const shown = items.slice(0, MAX_LISTED).map(format);
  const rest = items.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

function areaLabel(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Built-in areas first, in the order the documentation practice lists them, then custom ones. */
function orderAreas(areas: readonly AreaReport[]): AreaReport[] {
  const rank = (area: AreaReport): number =>
    isBuiltInArea(area.name) ? BUILT_IN_AREAS.indexOf(area.name) : BUILT_IN_AREAS.length;
  return areas
    .map((area, index) => ({ area, index }))
    .sort((a, b) => rank(a.area) - rank(b.area) || a.index - b.index)
    .map(({ area }) => area);
}

function sectionOf(area: AreaReport, statuses: ReadonlyMap<string, ChangedFile['status']>): Section {
  const known = area.files.map((path) => statuses.get(path));
  if (known.length > 0 && known.every((status) => status === 'added')) return 'Added';
  if (known.length > 0 && known.every((status) => status === 'removed')) return 'Removed';
  return 'Changed';
}

function pullRequestReference(pullRequest: PullRequestInfo): string {
  if (pullRequest.number === undefined) return '';
  const label = `#${pullRequest.number}`;
  return pullRequest.url === undefined
    ? ` (${label})`
    : ` ([${label}](${pullRequest.url.replace(/[()<> ]/g, (char) => URL_UNSAFE[char] ?? char)}))`;
}

/**
 * Writes the changelog entry for a pull request, Keep a Changelog style: one bullet per
 * triggered area under `### Added`, `### Changed` or `### Removed` (by its files' statuses, when
 * `files` tells them), each naming the PR, its files, the changes inspection found, and the why
 * and test results quoted from the description, or saying they were not given. Empty when no
 * area triggered.
 */
export function buildChangelogEntry({
  areas,
  pullRequest,
  files = [],
}: {
  readonly areas: readonly AreaReport[];
  readonly pullRequest: PullRequestInfo;
  /** The PR's files, to tell added and removed areas from changed ones. */
  readonly files?: readonly ChangedFile[];
}): string {
  if (areas.length === 0) return '';
  const statuses = new Map(files.map((file) => [file.path, file.status] as const));
  const description = parsePullRequestDescription(pullRequest.body);
  const title = escapeInlineHtml(boundText(pullRequest.title.replace(/\s+/g, ' ').trim(), MAX_TITLE_LENGTH)) || 'Untitled change';
  const why = description.why === undefined ? 'not given in the PR description.' : escapeInlineHtml(description.why);
  const testing =
    description.testing !== undefined
      ? escapeInlineHtml(description.testing)
      : description.checked.length > 0
        ? `checked in the PR description: ${escapeInlineHtml(boundText(description.checked.join('; ')))}`
        : 'not given in the PR description.';

  const bullets = new Map<Section, string[]>(SECTIONS.map((section) => [section, []]));
  for (const area of orderAreas(areas)) {
    const lines = [`- ${areaLabel(area.name)}: ${title}${pullRequestReference(pullRequest)}`];
    lines.push(`  - Files: ${listWithMore({ items: area.files, format: codeSpan })}`);
    if (area.changes.length > 0) {
      const format = (change: Change): string => escapeInlineHtml(boundText(change.summary, MAX_TITLE_LENGTH));
      lines.push(`  - Changes: ${listWithMore({ items: area.changes, format })}`);
    }
    lines.push(`  - Why: ${why}`, `  - Testing: ${testing}`);
    bullets.get(sectionOf(area, statuses))?.push(lines.join('\n'));
  }
  return SECTIONS.filter((section) => (bullets.get(section) ?? []).length > 0)
    .map((section) => `### ${section}\n${(bullets.get(section) ?? []).join('\n')}`)
    .join('\n\n');
}
