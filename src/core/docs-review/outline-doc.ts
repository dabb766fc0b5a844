import { markdownOutline, type MarkdownOutline } from './markdown-outline.js';

/** How the review reads a doc: Markdown structure, a YAML document, or plain lines. */
export const DOC_FORMATS = ['markdown', 'yaml', 'text'] as const;
export type DocFormat = (typeof DOC_FORMATS)[number];

const MARKDOWN = /\.(md|mdx|markdown)$/i;
const YAML = /\.ya?ml$/i;

/** A doc's format, from its file name. */
export function docFormat(path: string): DocFormat {
  if (MARKDOWN.test(path)) return 'markdown';
  return YAML.test(path) ? 'yaml' : 'text';
}

/**
 * Outlines a doc by its format. Markdown has headings, code blocks and front matter. A YAML doc
 * (a `model_card.yaml`) is metadata through and through: the whole file is its front matter.
 * Other text (reStructuredText, plain text) is read as lines only: its headings are not Markdown's,
 * and reading them as Markdown would mistake a `~~~` underline for a code fence.
 */
export function outlineDoc({ path, text }: { readonly path: string; readonly text: string }): {
  format: DocFormat;
  outline: MarkdownOutline;
} {
  const format = docFormat(path);
  if (format === 'markdown') return { format, outline: markdownOutline(text) };
  const lines = text.split(/\r?\n/);
  const plain = { lines, headings: [], codeLines: new Set<number>() };
  return { format, outline: format === 'yaml' ? { ...plain, frontMatter: { text, firstLine: 1 } } : plain };
}
