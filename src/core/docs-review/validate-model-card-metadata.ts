import type { ErrorObject } from 'ajv';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { DocFinding } from '../types.js';
import { validate as validateModelCard } from './model-card-validator.generated.js';
import { metadataProblems, type MetadataProblem } from './metadata-errors.js';
import type { FrontMatter } from './markdown-outline.js';

/** Front matter keys that make a README a model card (as on the Hugging Face Hub). */
export const MODEL_CARD_KEYS = [
  'license',
  'datasets',
  'metrics',
  'model-index',
  'library_name',
  'pipeline_tag',
  'base_model',
] as const;

/** `schemas/model-card.schema.json` compiled ahead of time by ajv (see scripts/gen-validators.mjs). */
const validator = validateModelCard as unknown as { (data: unknown): boolean; errors?: ErrorObject[] | null };

function validate(data: unknown): readonly ErrorObject[] {
  return validator(data) ? [] : (validator.errors ?? []);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The line of the key (or list item) the problem is about, in the front matter's own numbering. */
function problemLine({ root, path, lines }: { root: Node | null; path: MetadataProblem['path']; lines: LineCounter }): number {
  let node: unknown = root;
  let offset = root?.range?.[0] ?? 0;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === part);
      if (pair === undefined) break;
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as Node | undefined;
      if (item === undefined) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return lines.linePos(offset).line;
}

/**
 * Validates a doc's YAML front matter against `schemas/model-card.schema.json` (Hugging Face
 * model card metadata). `modelCard` says the doc is a model card (it matches the model area's
 * docs): its front matter is always validated. Any other doc's is validated only when it holds
 * model card keys (`license`, `datasets`, `model-index`, ...), as a Hub README does. A doc
 * without front matter has nothing to validate. Findings point at the offending key's line.
 */
export function validateModelCardMetadata({
  file,
  frontMatter,
  modelCard,
}: {
  readonly file: string;
  readonly frontMatter: FrontMatter | undefined;
  readonly modelCard: boolean;
}): DocFinding[] {
  if (frontMatter === undefined) return [];
  const lines = new LineCounter();
  const document = parseDocument(frontMatter.text, { lineCounter: lines, prettyErrors: false });
  const toFileLine = (line: number): number => frontMatter.firstLine + line - 1;
  const finding = (line: number, message: string): DocFinding => ({
    file,
    line: toFileLine(line),
    kind: 'invalid-metadata',
    message,
  });
  if (document.errors.length > 0) {
    const mentionsCardKeys = MODEL_CARD_KEYS.some((key) => new RegExp(`^${key}\\s*:`, 'm').test(frontMatter.text));
    if (!modelCard && !mentionsCardKeys) return [];
    return document.errors.map((error) =>
      finding(lines.linePos(error.pos[0]).line, `Model card metadata is not valid YAML: ${error.message.split('\n')[0] ?? ''}`),
    );
  }
  const data: unknown = document.toJS();
  if (!isRecord(data)) {
    if (!modelCard || data === null || data === undefined) return [];
    return [finding(1, 'Model card metadata must be a mapping of keys (`license: mit`, `datasets: [...]`, ...).')];
  }
  if (!modelCard && !MODEL_CARD_KEYS.some((key) => key in data)) return [];
  return metadataProblems(validate(data) ?? [])
    .map((problem) =>
      finding(problemLine({ root: document.contents, path: problem.path, lines }), `Model card metadata: ${problem.message}`),
    )
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
