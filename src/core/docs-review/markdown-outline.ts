import { readAtxHeading } from '../markdown/atx-heading.js';
/** A heading of a Markdown document. */
export interface Heading {
  /** 1 for `#` or a `===` underline, 2 for `##` or a `---` underline, ... */
  readonly level: number;
  /** The heading's words, without the `#` marks, emphasis, links or HTML. */
  readonly text: string;
  /** 1-based line of the heading (of its text, for an underlined heading). */
  readonly line: number;
}

/** YAML front matter: the lines between a `---` first line and the next `---` (or `...`). */
export interface FrontMatter {
  readonly text: string;
  /** 1-based line of the first YAML line (2, right after the opening `---`). */
  readonly firstLine: number;
}

/** What the review needs to know about a Markdown document's structure. */
export interface MarkdownOutline {
  /** The document's lines; line `n` is `lines[n - 1]`. */
  readonly lines: readonly string[];
  readonly headings: readonly Heading[];
  /** Lines inside fenced code blocks, fences included: example code, not prose. */
  readonly codeLines: ReadonlySet<number>;
  readonly frontMatter?: FrontMatter;
}

const HTML_HEADING = /^\s*<h([1-6])(?:\s[^>]*)?>(.*?)<\/h\1>\s*$/i;
// Two characters at least: a lone `-` under a line is far more often an empty list item.
const SETEXT_UNDERLINE = /^ {0,3}(={2,}|-{2,})[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Lines that cannot be the text of an underlined heading: tables, lists, quotes, HTML. */
const NOT_PARAGRAPH = /^\s*(?:\||[-*+>]\s|\d+[.)]\s|<)/;

/** The words of a heading as a reader sees them. */
function plainHeading(raw: string): string {
  return raw
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*|__|[*`]/g, '')
    .trim()
    .replace(/:$/, '')
    .trim();
}

function findFrontMatter(lines: readonly string[]): { frontMatter?: FrontMatter; bodyStart: number } {
  if (lines[0]?.trimEnd() !== '---') return { bodyStart: 0 };
  const close = lines.findIndex((line, index) => index > 0 && (line.trimEnd() === '---' || line.trimEnd() === '...'));
  if (close < 0) return { bodyStart: 0 };
  return { frontMatter: { text: lines.slice(1, close).join('\n'), firstLine: 2 }, bodyStart: close + 1 };
}

/**
 * Reads a Markdown document's headings (`#` style, underlined, and `<hN>`), its fenced code
 * blocks and its front matter. Headings inside code blocks, HTML comments and front matter are
 * not headings.
 */
export function markdownOutline(text: string): MarkdownOutline {
  const lines = text.split(/\r?\n/);
  const { frontMatter, bodyStart } = findFrontMatter(lines);
  const headings: Heading[] = [];
  const codeLines = new Set<number>();
  let fence: string | undefined;
  let inComment = false;
  let previousIsParagraph = false;
  for (let index = bodyStart; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const number = index + 1;
    const fenceMatch = FENCE.exec(line);
    if (fence !== undefined || fenceMatch !== null) {
      codeLines.add(number);
      const marker = fenceMatch?.[1];
      if (fence === undefined) fence = marker;
      else if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = undefined;
      previousIsParagraph = false;
      continue;
    }
    if (inComment || line.trimStart().startsWith('<!--')) {
      inComment = !line.includes('-->');
      previousIsParagraph = false;
      continue;
    }
    const atx = readAtxHeading(line);
    const html = atx === undefined ? HTML_HEADING.exec(line) : null;
    const underline = SETEXT_UNDERLINE.exec(line);
    if (atx !== undefined || html !== null) {
      const level = atx?.level ?? Number(html?.[1]);
      headings.push({ level, text: plainHeading(atx?.text ?? html?.[2] ?? ''), line: number });
      previousIsParagraph = false;
    } else if (underline !== null && previousIsParagraph) {
      headings.push({
        level: underline[1]?.startsWith('=') ? 1 : 2,
        text: plainHeading(lines[index - 1] ?? ''),
        line: number - 1,
      });
      previousIsParagraph = false;
    } else {
      previousIsParagraph = line.trim() !== '' && !NOT_PARAGRAPH.test(line);
    }
  }
  return { lines, headings, codeLines, ...(frontMatter === undefined ? {} : { frontMatter }) };
}

/** The headings enclosing `line`, outermost first ("Training procedure", "Hyperparameters"). */
export function sectionTrail({ outline, line }: { readonly outline: MarkdownOutline; readonly line: number }): Heading[] {
  const trail: Heading[] = [];
  for (const heading of outline.headings) {
    if (heading.line > line) break;
    while (trail.length > 0 && (trail[trail.length - 1]?.level ?? 0) >= heading.level) trail.pop();
    trail.push(heading);
  }
  return trail;
}

/** The last line of the section `heading` opens: up to the next heading of its level or higher. */
export function sectionEnd({ outline, heading }: { readonly outline: MarkdownOutline; readonly heading: Heading }): number {
  const next = outline.headings.find((other) => other.line > heading.line && other.level <= heading.level);
  return next === undefined ? outline.lines.length : next.line - 1;
}
