import type { Change } from '../../types.js';
import { DOCKERFILE_INSTRUCTIONS } from '../dockerfile-instructions.js';
import { filePath } from '../file-path.js';
import type { Inspector } from '../inspector.js';
import { keyedChanges } from '../keyed-changes.js';
import { changedLines, pairKeyed, type ChangedLine, type KeyedValue } from '../patch-lines.js';
import { patchOrContent } from '../patch-or-content.js';

const INSTRUCTION = /^\s*([A-Za-z]+)\s+(.*?)\s*\\?\s*$/;

function isDockerfile(path: string): boolean {
  const { lower } = filePath(path);
  return /^(dockerfile|containerfile)([.-].+)?$/.test(lower) || lower.endsWith('.dockerfile');
}

function valuesOf(lines: readonly ChangedLine[], keyword: string): KeyedValue[] {
  const family = DOCKERFILE_INSTRUCTIONS[keyword];
  if (family === undefined) return [];
  return lines.flatMap((line) => {
    const match = INSTRUCTION.exec(line.text);
    if (match === null || match[1]?.toUpperCase() !== keyword) return [];
    return family.read(match[2] ?? '').map((value) => ({ ...value, line: line.line }));
  });
}

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
    const [removed, added] = [lines.filter((line) => line.kind === 'del'), lines.filter((line) => line.kind === 'add')];
    const changes: Change[] = [];
    for (const [keyword, family] of Object.entries(DOCKERFILE_INSTRUCTIONS)) {
      const pairs = pairKeyed({ removed: valuesOf(removed, keyword), added: valuesOf(added, keyword) });
      const keyOf = family.keyOf === undefined ? {} : { keyOf: family.keyOf };
      changes.push(...keyedChanges({ file: input.file.path, kind: family.kind, pairs, wording: family.wording, ...keyOf }));
    }
    return changes;
  },
};
