import type { Hunk, ParsedPatch, PatchLine } from '../types.js';
import { indentWidth, otherDefinition, pythonDefinition, type CodeLanguage } from './code-definitions.js';

/** The name used for changes outside any function or class. */
export const MODULE_LEVEL = '';

/** Which definitions a patch touched, added and removed, in patch order. */
export interface TouchedCode {
  readonly touched: readonly string[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** First changed line (head line of an addition, else base line of a deletion). */
  readonly firstLine?: number;
}

type Visit = (line: PatchLine, scope: string, defined: boolean) => void;

interface Scope {
  readonly name: string;
  readonly indent: number;
}

const isBlankOrComment = (text: string): boolean => {
  const rest = text.trimStart();
  return rest === '' || rest.startsWith('#');
};

const scopeName = (stack: readonly Scope[]): string => stack.map((scope) => scope.name).join('.');

/**
 * Python: the enclosing scopes come from the hunk's context line and the indentation within.
 * Context lines only move the scope stack; names are built for changed lines alone, which keeps
 * a large PR's many context lines cheap.
 */
function walkPython(hunk: Hunk, visit: Visit): void {
  const stack: Scope[] = [];
  const context = pythonDefinition(hunk.context);
  if (context !== undefined) stack.push(context);
  for (const line of hunk.lines) {
    const changed = line.kind !== 'context';
    if (isBlankOrComment(line.text)) {
      if (changed) visit(line, scopeName(stack), false);
      continue;
    }
    const indent = indentWidth(line.text);
    while (stack.length > 0 && (stack[stack.length - 1] as Scope).indent >= indent) stack.pop();
    const definition = pythonDefinition(line.text);
    if (definition !== undefined) stack.push(definition);
    if (changed) visit(line, scopeName(stack), definition !== undefined);
  }
}

/** Other languages: the latest declaration seen, starting from the hunk's context line. */
function walkOther(hunk: Hunk, visit: Visit): void {
  let current = otherDefinition(hunk.context) ?? MODULE_LEVEL;
  for (const line of hunk.lines) {
    const definition = otherDefinition(line.text);
    if (definition !== undefined) current = definition;
    visit(line, current, definition !== undefined);
  }
}

/**
 * Names the functions and classes a patch touched (`Trainer.fit`), and those it added or
 * removed outright, from git's hunk context and the declarations inside the hunks.
 */
export function touchedCode({ patch, language }: { readonly patch: ParsedPatch; readonly language: CodeLanguage }): TouchedCode {
  const touched = new Set<string>();
  const declaredAdded = new Set<string>();
  const declaredRemoved = new Set<string>();
  let firstAdd: number | undefined;
  let firstDel: number | undefined;
  for (const hunk of patch.hunks) {
    const walk = language === 'python' ? walkPython : walkOther;
    walk(hunk, (line, scope, defined) => {
      // A blank line added or removed between definitions touches neither of them.
      if (line.kind === 'context' || line.text.trim() === '') return;
      touched.add(scope);
      if (line.kind === 'add') firstAdd ??= line.newLine;
      else firstDel ??= line.oldLine;
      if (defined) (line.kind === 'add' ? declaredAdded : declaredRemoved).add(scope);
    });
  }
  // A definition deleted and re-added (a new signature) was changed, not added or removed.
  const whole = [...declaredAdded, ...declaredRemoved].filter((name) => !(declaredAdded.has(name) && declaredRemoved.has(name)));
  // Inside a definition added or removed whole, nothing else needs naming.
  const inside = (name: string): boolean => whole.some((outer) => name.startsWith(`${outer}.`));
  const firstLine = firstAdd ?? firstDel;
  return {
    touched: [...touched].filter((name) => !whole.includes(name) && !inside(name)),
    added: [...declaredAdded].filter((name) => !declaredRemoved.has(name) && !inside(name)),
    removed: [...declaredRemoved].filter((name) => !declaredAdded.has(name) && !inside(name)),
    ...(firstLine === undefined ? {} : { firstLine }),
  };
}
