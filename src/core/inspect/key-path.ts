/** Segments that can be written bare in a dotted path; anything else is bracket-quoted. */
const BARE_SEGMENT = /^[A-Za-z0-9_$@/:+-]+$/;

/** Appends a map key to a dotted path: `train` + `lr` → `train.lr`, `labels` + `a.b` → `labels["a.b"]`. */
export function joinKey(parent: string, key: string): string {
  if (!BARE_SEGMENT.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/** Appends a list index to a path: `outs` + 0 → `outs[0]`. */
export function joinIndex(parent: string, index: number): string {
  return `${parent}[${index}]`;
}

/** Places a path relative to `at` inside the enclosing document's paths. */
export function nestPath(at: string, relative: string): string {
  if (at === '') return relative;
  return relative.startsWith('[') ? `${at}${relative}` : `${at}.${relative}`;
}

/** The path one level up (`train.lr` → `train`, `outs[0]` → `outs`), '' at the top. */
export function parentPath(path: string): string {
  const match = /(?:\.[^.[\]]+|\[(?:\d+|"(?:[^"\\]|\\.)*")\])$/.exec(path);
  return match === null ? '' : path.slice(0, match.index);
}
