import { END, HUNK, LINE_ADD, LINE_CONTEXT, LINE_DEL, type LineKind, PatchCursor } from '../diff/patch-cursor.js';
import { isTrimmedSpace } from '../text/line-start.js';
import type { ParsedPatch } from '../types.js';
import { indentWidth, mayDefinePython, otherDefinition, pythonDefinition, type CodeLanguage } from './code-definitions.js';
import { MAX_SCANNED_LINE } from './patch-lines.js';

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

interface Scope {
  readonly name: string;
  readonly indent: number;
}

const CHAR_HASH = 0x23;
const CHAR_SPACE = 0x20;
const CHAR_TAB = 0x09;
/** Below this, a code unit may be whitespace `trimStart` skips; from it up to U+00A0, never. */
const CHAR_VISIBLE_FROM = 0x21;
const CHAR_NBSP = 0xa0;

/**
 * Walks one patch's lines, in place in the text they come from, and collects the scopes its
 * changed lines fall in. A walker sees every line of every hunk: a line is copied only when it
 * may be a definition.
 */
abstract class CodeWalker {
  readonly touched = new Set<string>();
  readonly declaredAdded = new Set<string>();
  readonly declaredRemoved = new Set<string>();
  /** Line numbers of the first changed lines; -1 until one is seen. */
  firstAdd = -1;
  firstDel = -1;

  abstract hunk(context: string): void;
  /** One line, `text.slice(start, end)`; blank changed lines touch nothing. */
  abstract line(kind: LineKind, text: string, start: number, end: number, oldLine: number, newLine: number): void;

  /** A changed line that is not blank, in `scope`; `defined` when it declares the scope itself. */
  protected changed(kind: LineKind, scope: string, defined: boolean, oldLine: number, newLine: number): void {
    this.touched.add(scope);
    if (kind === LINE_ADD) {
      if (this.firstAdd < 0) this.firstAdd = newLine;
      if (defined) this.declaredAdded.add(scope);
    } else {
      if (this.firstDel < 0) this.firstDel = oldLine;
      if (defined) this.declaredRemoved.add(scope);
    }
  }
}

/** Index of the first character of `text[from..end)` that `trimStart` would keep; `end` when none. */
function visibleFrom(text: string, from: number, end: number): number {
  let index = from;
  while (index < end && isTrimmedSpace(text.charCodeAt(index))) index += 1;
  return index;
}

/** Where the indentation (spaces and tabs) of `text[start..end)` ends. */
function indentEnd(text: string, start: number, end: number): number {
  let index = start;
  while (index < end) {
    const code = text.charCodeAt(index);
    if (code !== CHAR_SPACE && code !== CHAR_TAB) break;
    index += 1;
  }
  return index;
}

/**
 * Python: the enclosing scopes come from the hunk's context line and the indentation within.
 * Context lines only move the scope stack; the dotted name is built for changed lines alone,
 * and only again once the stack has moved. Each line's indentation is scanned once, serving the
 * blank/comment test, the stack and the definition test alike, and the definition pattern runs
 * only on lines that may be one.
 */
class PythonWalker extends CodeWalker {
  private readonly stack: Scope[] = [];
  private name: string | undefined;

  private currentName(): string {
    this.name ??= this.stack.map((scope) => scope.name).join('.');
    return this.name;
  }

  hunk(context: string): void {
    this.stack.length = 0;
    this.name = undefined;
    const definition = pythonDefinition(context);
    if (definition !== undefined) this.stack.push(definition);
  }

  line(kind: LineKind, text: string, start: number, end: number, oldLine: number, newLine: number): void {
    // Indentation is nearly always spaces alone: one scan finds both its end and its width.
    // A tab (which moves to the next multiple of 8) sends the line to the exact count.
    let spaces = start;
    while (spaces < end && text.charCodeAt(spaces) === CHAR_SPACE) spaces += 1;
    const after = spaces < end ? text.charCodeAt(spaces) : CHAR_SPACE;
    const tabbed = after === CHAR_TAB;
    const indentStop = tabbed ? indentEnd(text, spaces, end) : spaces;
    // Blank lines and comments (after any other whitespace `trimStart` skips) say nothing about the scope.
    const plain = after >= CHAR_VISIBLE_FROM && after < CHAR_NBSP;
    const visible = plain ? spaces : visibleFrom(text, indentStop, end);
    if (visible === end) return;
    if (text.charCodeAt(visible) === CHAR_HASH) {
      if (kind !== LINE_CONTEXT) this.changed(kind, this.currentName(), false, oldLine, newLine);
      return;
    }
    const indent = tabbed ? indentWidth(text.slice(start, indentStop)) : spaces - start;
    const { stack } = this;
    while (stack.length > 0 && (stack[stack.length - 1] as Scope).indent >= indent) {
      stack.pop();
      this.name = undefined;
    }
    const definition =
      end - start <= MAX_SCANNED_LINE && mayDefinePython(text, indentStop) ? pythonDefinition(text.slice(start, end)) : undefined;
    if (definition !== undefined) {
      stack.push(definition);
      this.name = undefined;
    }
    if (kind !== LINE_CONTEXT) this.changed(kind, this.currentName(), definition !== undefined, oldLine, newLine);
  }
}

/** Other languages: the latest declaration seen, starting from the hunk's context line. */
class OtherWalker extends CodeWalker {
  private current = MODULE_LEVEL;

  hunk(context: string): void {
    this.current = otherDefinition(context) ?? MODULE_LEVEL;
  }

  line(kind: LineKind, text: string, start: number, end: number, oldLine: number, newLine: number): void {
    const definition = otherDefinition(text.slice(start, end));
    if (definition !== undefined) this.current = definition;
    if (kind !== LINE_CONTEXT && visibleFrom(text, start, end) !== end) {
      this.changed(kind, this.current, definition !== undefined, oldLine, newLine);
    }
  }
}

/** Feeds a patch to a walker: text is read in place, a parsed patch line by line. */
function walk(patch: string | ParsedPatch, walker: CodeWalker): void {
  if (typeof patch === 'string') {
    const cursor = new PatchCursor(patch);
    for (let step = cursor.next(); step !== END; step = cursor.next()) {
      if (step === HUNK) walker.hunk(cursor.header?.context ?? '');
      else walker.line(step, patch, cursor.start, cursor.end, cursor.oldLine, cursor.newLine);
    }
    return;
  }
  for (const hunk of patch.hunks) {
    walker.hunk(hunk.context);
    for (const line of hunk.lines) {
      const kind = line.kind === 'add' ? LINE_ADD : line.kind === 'del' ? LINE_DEL : LINE_CONTEXT;
      walker.line(kind, line.text, 0, line.text.length, line.oldLine ?? -1, line.newLine ?? -1);
    }
  }
}

/**
 * Names the functions and classes a patch touched (`Trainer.fit`), and those it added or
 * removed outright, from git's hunk context and the declarations inside the hunks. `patch` is
 * the patch text (read in place, the common case) or an already parsed patch.
 */
export function touchedCode({
  patch,
  language,
}: {
  readonly patch: string | ParsedPatch;
  readonly language: CodeLanguage;
}): TouchedCode {
  const walker = language === 'python' ? new PythonWalker() : new OtherWalker();
  walk(patch, walker);
  const { touched, declaredAdded, declaredRemoved } = walker;
  // A definition deleted and re-added (a new signature) was changed, not added or removed.
  const whole = [...declaredAdded, ...declaredRemoved].filter((name) => !(declaredAdded.has(name) && declaredRemoved.has(name)));
  // Inside a definition added or removed whole, nothing else needs naming.
  const inside = (name: string): boolean => whole.some((outer) => name.startsWith(`${outer}.`));
  const firstLine = walker.firstAdd >= 0 ? walker.firstAdd : walker.firstDel;
  return {
    touched: [...touched].filter((name) => !whole.includes(name) && !inside(name)),
    added: [...declaredAdded].filter((name) => !declaredRemoved.has(name) && !inside(name)),
    removed: [...declaredRemoved].filter((name) => !declaredAdded.has(name) && !inside(name)),
    ...(firstLine < 0 ? {} : { firstLine }),
  };
}
