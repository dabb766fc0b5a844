import type { Change, ChangedFile, ParsedPatch } from '../../types.js';
import { codeLanguage, type CodeLanguage } from '../code-definitions.js';
import { filePath } from '../file-path.js';
import type { Inspector } from '../inspector.js';
import { makeChange } from '../make-change.js';
import { patchOrContent } from '../patch-or-content.js';
import { servingEntryChange } from '../serving-entry.js';
import { MODULE_LEVEL, touchedCode } from '../touched-code.js';

/** Names listed per group before "+N more": enough to recognise a refactor, short enough to read. */
const MAX_NAMES = 6;

function nameList(names: readonly string[]): string {
  const shown = names.slice(0, MAX_NAMES).map((name) => (name === MODULE_LEVEL ? 'module-level code' : `\`${name}\``));
  return names.length > MAX_NAMES ? `${shown.join(', ')} (+${names.length - MAX_NAMES} more)` : shown.join(', ');
}

/**
 * One change naming the functions and classes a patch touched: "touched `Trainer.fit`,
 * `build_model`; added `evaluate`; removed `legacy_loss`".
 */
export function codeChange({
  file,
  patch,
  language,
}: {
  readonly file: ChangedFile;
  readonly patch: string | ParsedPatch;
  readonly language: CodeLanguage;
}): Change[] {
  const found = touchedCode({ patch, language });
  const definitions = found.added.filter((name) => name !== MODULE_LEVEL);
  const common = { file: file.path, kind: 'code', line: found.firstLine } as const;
  if (file.status === 'added') {
    return [
      makeChange({ ...common, summary: definitions.length > 0 ? `new file defining ${nameList(definitions)}` : 'new file' }),
    ];
  }
  if (file.status === 'removed') {
    const removed = found.removed.filter((name) => name !== MODULE_LEVEL);
    const summary = removed.length > 0 ? `removed file that defined ${nameList(removed)}` : 'removed file';
    return [makeChange({ ...common, line: undefined, summary })];
  }
  const parts = [
    ...(found.touched.length > 0 ? [`touched ${nameList(found.touched)}`] : []),
    ...(found.added.length > 0 ? [`added ${nameList(found.added)}`] : []),
    ...(found.removed.length > 0 ? [`removed ${nameList(found.removed)}`] : []),
  ];
  return parts.length === 0 ? [] : [makeChange({ ...common, summary: parts.join('; ') })];
}

/** Model, training and serving code in Python and the other languages ML projects use. */
export const sourceCode: Inspector = {
  name: 'source-code',
  matches: (path) => codeLanguage(filePath(path).ext) !== undefined,
  async inspect(input) {
    const language = codeLanguage(filePath(input.file.path).ext) ?? 'other';
    // The patch text is walked in place; only a file without one has it rebuilt from content.
    const text = input.file.patch;
    const { patch, problem } = text === undefined ? await patchOrContent(input) : { patch: text, problem: undefined };
    if (problem !== undefined) return [problem];
    const serving = await servingEntryChange(input);
    const code = patch === undefined ? [] : codeChange({ file: input.file, patch, language });
    return serving === undefined ? code : [serving, ...code];
  },
};
