import { readLooseAtxHeading } from '../markdown/atx-heading.js';
/** What a changelog entry quotes from a pull request description. */
export interface PullRequestDescription {
  /** The reason for the change: the text of a Why / Motivation / Reason / Context section. */
  readonly why?: string;
  /** How it was tested: the text of a Testing / Tests / Results / Evaluation section. */
  readonly testing?: string;
  /** Checked task-list items (`- [x] ...`) anywhere in the description. */
  readonly checked: readonly string[];
}

/** Longest quoted part, so one verbose description cannot swamp the changelog. */
export const MAX_QUOTED_LENGTH = 500;

type SectionKind = 'why' | 'testing' | 'other';

const WHY_HEADING = /^(why\b|motivation|reasons?\b|rationale|context|background|purpose)/;
const TESTING_HEADING =
  /^(testing|tests?\b|test plan|test results|how (?:was|were|has|have|is|did) .*test|results?\b|evaluation|validation|verification|experiments?\b|metrics\b)/;
/** `**Why**`, `**Why:**`, `__Why__: text`, and the plain `Why: text` of short descriptions. */
// `s`: the text after a label may hold any character, so a match never fails at the line's end
// and backtracks through a long line (descriptions are written by the pull request).
const LABEL_LINE = /^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*(.*)$|^\s*([A-Za-z][A-Za-z ]{1,40}?)\s*:\s*(.*)$/s;
const FENCE = /^\s*(```|~~~)/;
const TASK_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]\s*(.*)$/s;
const LIST_MARKER = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** The kind of section a heading opens. Its patterns test prefixes, so trailing punctuation needs no stripping. */
function kindOf(heading: string): SectionKind {
  const text = heading.toLowerCase().replace(/^[^a-z]+/, '');
  if (WHY_HEADING.test(text)) return 'why';
  if (TESTING_HEADING.test(text)) return 'testing';
  return 'other';
}

/** A section start: any heading, a bold line, or a plain `Label:` line naming a known section. */
function sectionStart(line: string): { kind: SectionKind; inline: string } | undefined {
  const heading = readLooseAtxHeading(line);
  if (heading !== undefined) return { kind: kindOf(heading.text), inline: '' };
  const label = LABEL_LINE.exec(line);
  if (label === null) return undefined;
  if (label[1] !== undefined) {
    const kind = kindOf(label[1]);
    // A bold phrase inside prose is emphasis, not a heading.
    return kind === 'other' && (label[2] ?? '') !== '' ? undefined : { kind, inline: label[2] ?? '' };
  }
  const kind = kindOf(label[3] ?? '');
  return kind === 'other' ? undefined : { kind, inline: label[4] ?? '' };
}

/** Cuts at a word boundary and marks the cut, so a quote never ends mid-word unannounced. */
export function boundText(text: string, max: number = MAX_QUOTED_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Joins sections into one line: prose lines flow, while list items and separate sections of the
 * same kind are separated by `; `.
 */
function flatten(sections: readonly (readonly string[])[]): string | undefined {
  const items = sections.flatMap(sectionItems);
  return items.length === 0 ? undefined : boundText(items.join('; '));
}

function sectionItems(lines: readonly string[]): string[] {
  const items: string[] = [];
  for (const raw of lines) {
    if (FENCE.test(raw)) continue;
    const task = TASK_ITEM.exec(raw);
    if (task !== null && task[1] === ' ') continue;
    const isItem = task !== null || LIST_MARKER.test(raw);
    const text = (task !== null ? (task[2] ?? '') : raw.replace(LIST_MARKER, '')).replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    if (isItem || items.length === 0) items.push(text);
    else items[items.length - 1] = `${items[items.length - 1]} ${text}`;
  }
  return items;
}

/** Removes HTML comments (PR templates' instructions), including one left unterminated. */
export function stripHtmlComments(text: string): string {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}

/**
 * Reads the reason and the test results out of a pull request description. Sections start at a
 * Markdown heading, a bold line (`**Testing**`) or a `Why:` label; a section runs to the next
 * one. HTML comments, unchecked task items and code-fence markers are dropped; each quoted part
 * is flattened to one line and cut at `MAX_QUOTED_LENGTH`. Absent or empty sections stay
 * undefined, so the entry can say so.
 */
export function parsePullRequestDescription(body: string): PullRequestDescription {
  const sections: Record<SectionKind, string[][]> = { why: [], testing: [], other: [] };
  let lines: string[] = [];
  const checked: string[] = [];
  let inFence = false;
  for (const line of stripHtmlComments(body).split(/\r?\n/)) {
    if (FENCE.test(line)) inFence = !inFence;
    const start = inFence ? undefined : sectionStart(line);
    if (start !== undefined) {
      lines = start.inline === '' ? [] : [start.inline];
      sections[start.kind].push(lines);
      continue;
    }
    const task = inFence ? null : TASK_ITEM.exec(line);
    if (task !== null && task[1] !== ' ' && (task[2] ?? '').trim() !== '') {
      checked.push(boundText((task[2] ?? '').replace(/\s+/g, ' ').trim()));
    }
    lines.push(line);
  }
  const why = flatten(sections.why);
  const testing = flatten(sections.testing);
  return { ...(why === undefined ? {} : { why }), ...(testing === undefined ? {} : { testing }), checked };
}
