import { isScannable } from './patch-lines.js';

/**
 * How each language declares a function or class, for naming what a hunk touched. Python is
 * read by indentation (see `touchedCode`); the others by their declaration lines alone.
 */
const PYTHON_EXTENSIONS = new Set(['py', 'pyi', 'pyx']);

/** Other languages ML code, serving code and pipeline scripts are written in. */
const OTHER_EXTENSIONS = new Set([
  'r',
  'jl',
  'scala',
  'java',
  'kt',
  'go',
  'rs',
  'c',
  'cc',
  'cpp',
  'cxx',
  'h',
  'hpp',
  'cu',
  'cuh',
  'js',
  'mjs',
  'cjs',
  'ts',
  'tsx',
  'jsx',
  'swift',
  'rb',
  'cs',
  'sh',
  'bash',
]);

const PYTHON_DEFINITION = /^([ \t]*)(?:async\s+)?(?:def|class)\s+([A-Za-z_]\w*)/;

const KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'return', 'catch', 'sizeof', 'else', 'do', 'new', 'delete']);

/** Declarations in the other languages ML code is written in; the first group is the name. */
const OTHER_DEFINITIONS: readonly RegExp[] = [
  /^\s*(?:export\s+)?(?:default\s+)?(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$.!]*)/, // JS, TS, Julia
  // Classes and their relatives, after any modifiers.
  /^\s*(?:(?:export|public|private|protected|internal|abstract|sealed|data|case|static|final)\s+)*(?:class|struct|interface|trait|object|enum|module)\s+([A-Za-z_]\w*)/,
  /^\s*func\s+(?:\([^)]*\)\s*)?([A-Za-z_]\w*)/, // Go
  /^\s*(?:pub(?:\([^)]*\))?\s+)?(?:async\s+)?fn\s+([A-Za-z_]\w*)/, // Rust
  /^\s*(?:override\s+)?(?:private\s+|public\s+)?(?:suspend\s+)?(?:def|fun)\s+([A-Za-z_]\w*)/, // Scala, Ruby, Kotlin
  /^\s*([A-Za-z_.][\w.]*)\s*(?:<-|=)\s*function\s*\(/, // R
  /^\s*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?(?:\([^)]*\)|[A-Za-z_$][\w$]*)\s*=>/, // JS arrow
  /^\s*(?:function\s+)?([A-Za-z_][\w-]*)\s*\(\)\s*\{?\s*$/, // shell
  /^\s*(?:[\w:<>,*&[\]]+\s+)+\**([A-Za-z_~][\w:~]*)\s*\([^;]*\)\s*(?:const\s*)?(?:\{\s*)?$/, // C, C++, CUDA, Java, C#
];

/** Python is read by indentation; every other language by its declaration lines. */
export type CodeLanguage = 'python' | 'other';

/** The language family of a source file, or undefined when the extension is not source code. */
export function codeLanguage(ext: string): CodeLanguage | undefined {
  if (PYTHON_EXTENSIONS.has(ext)) return 'python';
  return OTHER_EXTENSIONS.has(ext) ? 'other' : undefined;
}

const CHAR_SPACE = 0x20;
const CHAR_TAB = 0x09;
const CHAR_A = 0x61;
const CHAR_C = 0x63;
const CHAR_D = 0x64;

/** A Python `def`/`class` line: its indentation width and name. */
export function pythonDefinition(text: string): { readonly indent: number; readonly name: string } | undefined {
  if (!isScannable(text)) return undefined;
  const match = PYTHON_DEFINITION.exec(text);
  if (match === null) return undefined;
  return { indent: indentWidth(match[1] ?? ''), name: match[2] ?? '' };
}

/**
 * Whether a line whose indentation ends at `start` may be a `def`/`class` line: a cheap test
 * that spares most lines the definition pattern (see `pythonDefinition`).
 */
export function mayDefinePython(text: string, start: number): boolean {
  // The first letter decides which keyword to compare: one character read for most lines.
  const first = text.charCodeAt(start);
  if (first === CHAR_D) return text.startsWith('def', start);
  if (first === CHAR_C) return text.startsWith('class', start);
  return first === CHAR_A && text.startsWith('async', start);
}

/** A declaration line in another language: the declared name. */
export function otherDefinition(text: string): string | undefined {
  if (!isScannable(text)) return undefined;
  for (const pattern of OTHER_DEFINITIONS) {
    const name = pattern.exec(text)?.[1];
    if (name !== undefined && !KEYWORDS.has(name)) return name;
  }
  return undefined;
}

/** Width of leading whitespace, a tab counting as Python's default of 8 columns. */
export function indentWidth(text: string): number {
  // By code unit, not `for…of`: every line of a Python hunk is measured.
  let width = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === CHAR_SPACE) width += 1;
    else if (code === CHAR_TAB) width += 8 - (width % 8);
    else break;
  }
  return width;
}
