import { codeSpan } from '../report/escape/code-span.js';
import type { DocFinding } from '../types.js';
import type { MarkdownOutline } from './markdown-outline.js';

/*
 * Text that stands for content nobody wrote: the Hugging Face card template's "[More
 * Information Needed]", the usual markers (upper case only: "todo" in prose is a word), filler
 * text and unrendered template slots (`{{ model_id }}`).
 */
const PLACEHOLDERS: readonly RegExp[] = [
  /\[?more information needed\]?/gi,
  /(?<![\w-])(?:TODO|FIXME|XXX|TBD)(?![\w-])/g,
  /(?<![\w-])tbd(?![\w-])/g,
  /lorem ipsum/gi,
  /\{\{[^{}\n]*\}\}/g,
];

/** Blanks out inline code spans, keeping positions: `` `TODO` `` in prose documents the word. */
const withoutInlineCode = (text: string): string => text.replace(/(`+)[^`]+?\1/g, (span) => ' '.repeat(span.length));

/**
 * Placeholders left in the given lines of a doc (the lines the pull request added): one finding
 * per line, naming each placeholder. Fenced code and inline code are not prose and are skipped,
 * so a Helm example's `{{ .Values.image }}` is not flagged.
 */
export function findPlaceholders({
  file,
  outline,
  lines,
}: {
  readonly file: string;
  readonly outline: Pick<MarkdownOutline, 'lines' | 'codeLines'>;
  readonly lines: readonly number[];
}): DocFinding[] {
  return lines.flatMap((line) => {
    const text = outline.lines[line - 1];
    if (text === undefined || outline.codeLines.has(line)) return [];
    const prose = withoutInlineCode(text);
    const found = [...new Set(PLACEHOLDERS.flatMap((pattern) => [...prose.matchAll(pattern)].map((match) => match[0])))];
    if (found.length === 0) return [];
    const named = found.map((placeholder) => codeSpan(placeholder)).join(', ');
    return [
      {
        file,
        line,
        kind: 'placeholder',
        message: `Placeholder${found.length === 1 ? '' : 's'} ${named} left in the doc: replace ${found.length === 1 ? 'it' : 'them'} with the actual content.`,
      },
    ];
  });
}
