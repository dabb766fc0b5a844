import type { Change } from '../../types.js';
import { DOCKERFILE_INSTRUCTIONS } from '../dockerfile-instructions.js';
import { filePath } from '../file-path.js';
import type { Inspector } from '../inspector.js';
import { keyedChanges } from '../keyed-changes.js';
import { changedLines, pairKeyed, type ChangedLine, type KeyedValue } from '../patch-lines.js';
import { patchOrContent } from '../patch-or-content.js';

/** The keyword and the whitespace after it; the argument is the rest (see `readInstruction`). */
const INSTRUCTION_HEAD = /^\s*([A-Za-z]+)\s+/;

/** A changed line read as an instruction, keyword upper-cased. */
interface Instruction {
  readonly keyword: string;
  readonly argument: string;
  readonly line: number;
}

/**
 * `RUN x \` → `RUN` and `x`: the argument without trailing blanks or line continuation. Done by
 * hand rather than by one pattern, whose lazy argument before optional trailing blanks
 * backtracks for seconds on a line of spaces a pull request may hold.
 */
function readInstruction(line: ChangedLine): Instruction | undefined {
  const head = INSTRUCTION_HEAD.exec(line.text);
  if (head === null) return undefined;
  let argument = line.text.slice(head[0].length).trimEnd();
  if (argument.endsWith('\\')) argument = argument.slice(0, -1).trimEnd();
  return { keyword: (head[1] as string).toUpperCase(), argument, line: line.line };
}

function isDockerfile(path: string): boolean {
  const { lower } = filePath(path);
  return /^(dockerfile|containerfile)([.-].+)?$/.test(lower) || lower.endsWith('.dockerfile');
}

function valuesOf(instructions: readonly Instruction[], keyword: string): KeyedValue[] {
  const family = DOCKERFILE_INSTRUCTIONS[keyword];
  if (family === undefined) return [];
  return instructions.flatMap((instruction) =>
    instruction.keyword === keyword
      ? family.read(instruction.argument).map((value) => ({ ...value, line: instruction.line }))
      : [],
  );
}

const instructionsOf = (lines: readonly ChangedLine[]): Instruction[] => lines.flatMap((line) => readInstruction(line) ?? []);

/**
 * Dockerfiles: base images (per build stage), ENV, ARG, EXPOSE, CMD and ENTRYPOINT, read from the
 * patch. "base image `python:3.10-slim` → `python:3.11-slim` (stage `build`)".
 */
export const dockerfile: Inspector = {
  name: 'dockerfile',
  matches: isDockerfile,
  async inspect(input) {
    const { patch, problem } = await patchOrContent(input);
    if (problem !== undefined) return [problem];
    const lines = changedLines(patch);
    const removed = instructionsOf(lines.filter((line) => line.kind === 'del'));
    const added = instructionsOf(lines.filter((line) => line.kind === 'add'));
    const changes: Change[] = [];
    for (const [keyword, family] of Object.entries(DOCKERFILE_INSTRUCTIONS)) {
      const pairs = pairKeyed({ removed: valuesOf(removed, keyword), added: valuesOf(added, keyword) });
      const keyOf = family.keyOf === undefined ? {} : { keyOf: family.keyOf };
      changes.push(...keyedChanges({ file: input.file.path, kind: family.kind, pairs, wording: family.wording, ...keyOf }));
    }
    return changes;
  },
};
