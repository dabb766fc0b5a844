import type { Hunk, ParsedPatch, PatchLine } from '../types.js';
import { indentWidth, mayDefinePython, otherDefinition, pythonDefinition, type CodeLanguage } from './code-definitions.js';
import { firstNonSpace, isBlank } from '../text/line-start.js';

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

const CHAR_HASH = 0x23;
const CHAR_TAB = 0x09;
/** The first character that is not a space, and the first after a line's indentation. */
const NOT_SPACE = /[^ ]/;
const NOT_INDENT = /[^ \t]/;

/** Where a line's indentation (spaces and tabs) ends. */
function indentEnd(text: string): number {
  const end = text.search(NOT_INDENT);
  return end === -1 ? text.length : end;
}

/**
 * How many of a hunk's lines to walk: up to its last changed line. The context after it only
 * moves the scope, which nothing reads afterwards, so a hunk's trailing context is left unread.
 */
function untilLastChange(lines: readonly PatchLine[]): number {
  let end = lines.length;
  while (end > 0 && (lines[end - 1] as PatchLine).kind === 'context') end -= 1;
  return end;
}

const scopeName = (stack: readonly Scope[]): string => stack.map((scope) => scope.name).join('.');

/**
 * Python: the enclosing scopes come from the hunk's context line and the indentation within.
 * Context lines only move the scope stack; the dotted name is built for changed lines alone,
 * and only again once the stack has moved. A hunk of a large PR is mostly context lines, so
 * each line's indentation is scanned once, serving the blank/comment test, the stack and the
 * definition test alike, and the definition pattern runs only on lines that may be one.
 */
function walkPython(hunk: Hunk, visit: Visit): void {
  const stack: Scope[] = [];
  const context = pythonDefinition(hunk.context);
  if (context !== undefined) stack.push(context);
  let name: string | undefined;
  const currentName = (): string => {
    name ??= scopeName(stack);
    return name;
  };
  const { lines } = hunk;
  const end = untilLastChange(lines);
  for (let index = 0; index < end; index += 1) {
    const line = lines[index] as PatchLine;
    const { text } = line;
    const changed = line.kind !== 'context';
    // Indentation is nearly always spaces alone: one search finds both its end and its width.
    // A tab (which moves to the next multiple of 8) sends the line to the exact count.
    const spaces = text.search(NOT_SPACE);
    // (Compared only inside the line: reading past its end would cost the optimised walk a deopt.)
    const tabbed = spaces !== -1 && text.charCodeAt(spaces) === CHAR_TAB;
    const start = tabbed ? indentEnd(text) : spaces === -1 ? text.length : spaces;
    const indent = tabbed ? indentWidth(text) : start;
    // Blank lines and comments (after any other whitespace `trimStart` skips) say nothing about the scope.
    const visible = firstNonSpace(text, start);
    if (visible === text.length || text.charCodeAt(visible) === CHAR_HASH) {
      if (changed) visit(line, currentName(), false);
      continue;
    }
    while (stack.length > 0 && (stack[stack.length - 1] as Scope).indent >= indent) {
      stack.pop();
      name = undefined;
    }
    const definition = mayDefinePython(text, start) ? pythonDefinition(text) : undefined;
    if (definition !== undefined) {
      stack.push(definition);
      name = undefined;
    }
    if (changed) visit(line, currentName(), definition !== undefined);
  }
}

/** Other languages: the latest declaration seen, starting from the hunk's context line. */
function walkOther(hunk: Hunk, visit: Visit): void {
  let current = otherDefinition(hunk.context) ?? MODULE_LEVEL;
  const { lines } = hunk;
  const end = untilLastChange(lines);
  for (let index = 0; index < end; index += 1) {
    const line = lines[index] as PatchLine;
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
  const walk = language === 'python' ? walkPython : walkOther;
  const visit: Visit = (line, scope, defined) => {
    // A blank line added or removed between definitions touches neither of them.
    if (line.kind === 'context' || isBlank(line.text)) return;
    touched.add(scope);
    if (line.kind === 'add') firstAdd ??= line.newLine;
    else firstDel ??= line.oldLine;
    if (defined) (line.kind === 'add' ? declaredAdded : declaredRemoved).add(scope);
  };
  for (const hunk of patch.hunks) walk(hunk, visit);
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
