import type { Change, Hunk, ParsedPatch } from '../../types.js';
import { filePath } from '../file-path.js';
import type { Inspector } from '../inspector.js';
import { HIDDEN, keyedChanges, type Wording } from '../keyed-changes.js';
import { makeChange } from '../make-change.js';
import { lineValue } from '../line-value.js';
import { isScannable, pairKeyed, type KeyedValue } from '../patch-lines.js';
import { patchOrContent } from '../patch-or-content.js';
import { shorten } from '../render-value.js';

const BLOCK = /^\s*(resource|data|module|variable|output|provider|locals|terraform)\b\s*(?:"([^"]+)")?\s*(?:"([^"]+)")?\s*\{/;
/** An attribute's name and where its value starts; the value is read by `lineValue`. */
const ATTRIBUTE = /^\s*([A-Za-z_][\w-]*)\s*=\s*/;
/** Attributes that decide what a model trains or serves on (machine types, GPUs, sizes, images). */
const NOTABLE = new Set([
  'instance_type',
  'instance_types',
  'machine_type',
  'vm_size',
  'sku_name',
  'node_type',
  'instance_class',
  'accelerator_type',
  'accelerator_count',
  'gpu_type',
  'min_size',
  'max_size',
  'desired_size',
  'min_capacity',
  'max_capacity',
  'node_count',
  'initial_instance_count',
  'image',
  'image_uri',
  'ami',
  'model_data_url',
]);

/** How summaries name each kind of named block. */
const BLOCK_NOUNS: Readonly<Record<string, string>> = {
  resource: 'resource',
  data: 'data source',
  module: 'module',
  variable: 'variable',
  output: 'output',
  provider: 'provider',
};

interface Block {
  readonly id: string;
  readonly label: string;
  added?: number;
  removed?: number;
  edited?: number;
  readonly before: KeyedValue[];
  readonly after: KeyedValue[];
}

function blockOf(text: string): { id: string; label: string } | undefined {
  const match = isScannable(text) ? BLOCK.exec(text) : null;
  if (match === null) return undefined;
  const [, type = '', first, second] = match;
  const name = [first, second].filter((part) => part !== undefined).join('.');
  const noun = BLOCK_NOUNS[type];
  const label = noun === undefined ? (type === 'locals' ? 'locals' : 'terraform settings') : `${noun} \`${name}\``;
  return { id: `${type} ${name}`, label };
}

const unquote = (value: string): string => value.replace(/^"(.*)"$/, '$1');

function readBlocks(patch: ParsedPatch): { blocks: Map<string, Block>; top: { removed: KeyedValue[]; added: KeyedValue[] } } {
  const blocks = new Map<string, Block>();
  const top = { removed: [] as KeyedValue[], added: [] as KeyedValue[] };
  const open = (found: { id: string; label: string }): Block => {
    const existing = blocks.get(found.id) ?? { ...found, before: [], after: [] };
    blocks.set(found.id, existing);
    return existing;
  };
  const walk = (hunk: Hunk): void => {
    const context = blockOf(hunk.context);
    let current = context === undefined ? undefined : open(context);
    for (const line of hunk.lines) {
      const found = blockOf(line.text);
      const number = line.kind === 'add' ? line.newLine : line.oldLine;
      if (found !== undefined) {
        current = open(found);
        if (line.kind === 'add') current.added ??= number;
        if (line.kind === 'del') current.removed ??= number;
        continue;
      }
      if (/^\}/.test(line.text)) {
        if (line.kind !== 'context' && current !== undefined) current.edited ??= number;
        current = undefined;
        continue;
      }
      if (line.kind === 'context' || number === undefined) continue;
      const attribute = isScannable(line.text) ? ATTRIBUTE.exec(line.text) : null;
      const text = attribute === null ? undefined : lineValue(line.text.slice(attribute[0].length));
      const value =
        attribute === null || text === undefined ? undefined : { key: attribute[1] ?? '', value: unquote(text), line: number };
      if (current === undefined) {
        if (value !== undefined) (line.kind === 'add' ? top.added : top.removed).push(value);
        continue;
      }
      current.edited ??= number;
      if (value !== undefined && NOTABLE.has(value.key)) (line.kind === 'add' ? current.after : current.before).push(value);
    }
  };
  patch.hunks.forEach(walk);
  return { blocks, top };
}

const TFVARS_WORDING: Wording = {
  changed: (key, before, after) => `\`${key}\`: ${before} → ${after}`,
  changedHidden: (key) => `\`${key}\`: changed ${HIDDEN}`,
  added: (key, after) => `\`${key}\` set: ${after}`,
  removed: (key) => `\`${key}\` removed`,
};

/** "new resource `x` (instance_type `g5.xlarge`)", "removed ...", "changed ...: instance_type `a` → `b`". */
function describeBlock(file: string, block: Block): Change | undefined {
  const common = { file, kind: 'infrastructure', key: block.id } as const;
  const show = (value: KeyedValue | undefined): string => (value === undefined ? 'unset' : `\`${shorten(value.value)}\``);
  if (block.added !== undefined && block.removed === undefined) {
    const set = block.after.map((value) => `${value.key} ${show(value)}`);
    return makeChange({
      ...common,
      line: block.added,
      summary: `new ${block.label}${set.length > 0 ? ` (${set.join(', ')})` : ''}`,
    });
  }
  if (block.removed !== undefined && block.added === undefined) {
    return makeChange({ ...common, line: block.removed, summary: `removed ${block.label}` });
  }
  if (block.edited === undefined && block.added === undefined) return undefined;
  const pairs = pairKeyed({ removed: block.before, added: block.after });
  const notable = pairs.map(({ key, before, after }) => `${key} ${show(before)} → ${show(after)}`);
  const detail = notable.length > 0 ? `: ${notable.join(', ')}` : '';
  return makeChange({
    ...common,
    line: block.after[0]?.line ?? block.added ?? block.edited,
    summary: `changed ${block.label}${detail}`,
  });
}

/**
 * Terraform (`*.tf`, `*.tfvars`): resources, modules and data sources added, removed or changed,
 * read from the patch, with machine types and GPU settings called out.
 */
export const terraform: Inspector = {
  name: 'terraform',
  matches: (path) => ['tf', 'tfvars'].includes(filePath(path).ext),
  async inspect(input) {
    const file = input.file.path;
    const { patch, problem } = await patchOrContent(input);
    if (problem !== undefined) return [problem];
    if (patch === undefined) return [];
    const { blocks, top } = readBlocks(patch);
    const changes = [...blocks.values()].flatMap((block) => {
      const change = describeBlock(file, block);
      return change === undefined ? [] : [change];
    });
    return [...changes, ...keyedChanges({ file, kind: 'infrastructure', pairs: pairKeyed(top), wording: TFVARS_WORDING })];
  },
};
