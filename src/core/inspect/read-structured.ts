import { filePath } from './file-path.js';
import type { ParsedStructure } from './parsed-structure.js';
import { readJson } from './read-json.js';
import { readToml } from './read-toml.js';
import { readYaml } from './read-yaml.js';

/** The parser for a config file, chosen by extension; YAML for the rest (`MLproject`, `.yml`). */
export function readStructured(path: string): (text: string) => ParsedStructure {
  const { ext } = filePath(path);
  if (ext === 'json') return readJson;
  if (ext === 'toml') return readToml;
  return readYaml;
}
