import type { Change, ChangedFile } from '../../types.js';
import { filePath } from '../file-path.js';
import { formatSize } from '../format-size.js';
import type { Inspector } from '../inspector.js';
import { makeChange } from '../make-change.js';
import { changedLines, type ChangedLine } from '../patch-lines.js';

/** What each artefact extension holds, as a reviewer would name it. */
const ARTEFACT_LABELS: Readonly<Record<string, string>> = {
  ckpt: 'checkpoint',
  pt: 'checkpoint',
  pth: 'checkpoint',
  onnx: 'model file',
  h5: 'model file',
  hdf5: 'model file',
  keras: 'model file',
  safetensors: 'model weights',
  tflite: 'model file',
  gguf: 'model weights',
  mlmodel: 'model file',
  pkl: 'serialized object',
  pickle: 'serialized object',
  joblib: 'serialized object',
  bin: 'binary file',
  parquet: 'data file',
  feather: 'data file',
  arrow: 'data file',
  npy: 'array file',
  npz: 'array file',
  tfrecord: 'data file',
};

/** Git LFS pointer lines: the tracked object's hash and size, all a diff shows of the artefact. */
const LFS_OID = /^oid sha256:([0-9a-f]+)\s*$/;
const LFS_SIZE = /^size (\d+)\s*$/;
/** Characters of a content hash shown in summaries, as `git log --oneline` shortens commits. */
const SHORT_HASH = 7;

function lfsDetails(file: ChangedFile, patchLines: readonly ChangedLine[]): string {
  const pick = (kind: 'add' | 'del', pattern: RegExp): string | undefined =>
    patchLines
      .filter((line) => line.kind === kind)
      .map((line) => pattern.exec(line.text)?.[1])
      .find((value) => value !== undefined);
  const [oldOid, newOid] = [pick('del', LFS_OID), pick('add', LFS_OID)];
  if (oldOid === undefined && newOid === undefined) return '';
  const [oldSize, newSize] = [pick('del', LFS_SIZE), pick('add', LFS_SIZE)];
  const hash = (oid: string | undefined): string => (oid === undefined ? '?' : oid.slice(0, SHORT_HASH));
  const size = (bytes: string | undefined): string => (bytes === undefined ? '?' : formatSize(Number(bytes)));
  if (file.status === 'added') return ` (Git LFS sha256 ${hash(newOid)}, ${size(newSize)})`;
  if (file.status === 'removed') return '';
  return ` (Git LFS sha256 ${hash(oldOid)} → ${hash(newOid)}, ${size(oldSize ?? newSize)} → ${size(newSize ?? oldSize)})`;
}

/** "new checkpoint `models/model.pt`", "replaced ...", "removed ...", "moved ... → ...". */
function describe(file: ChangedFile, label: string, details: string): string | undefined {
  const name = `\`${file.path}\``;
  switch (file.status) {
    case 'added':
      return `new ${label} ${name}${details}`;
    case 'removed':
      return `removed ${label} ${name}`;
    case 'renamed':
    case 'copied': {
      const verb = file.status === 'renamed' ? 'moved' : 'copied';
      const edited = (file.additions ?? 0) + (file.deletions ?? 0) > 0 || details !== '' ? ' and replaced' : '';
      return `${verb} ${label} \`${file.previousPath ?? file.path}\` → ${name}${edited}${details}`;
    }
    case 'unchanged':
      return undefined;
    default:
      return `replaced ${label} ${name}${details}`;
  }
}

/**
 * Binary artefacts and checkpoints: named by what they are, never read or parsed. A Git LFS
 * pointer's patch still tells which object replaced which.
 */
export const artefact: Inspector = {
  name: 'artefact',
  matches: (path) => Object.hasOwn(ARTEFACT_LABELS, filePath(path).ext),
  async inspect({ file, patch }): Promise<Change[]> {
    const label = ARTEFACT_LABELS[filePath(file.path).ext] ?? 'binary file';
    const summary = describe(file, label, lfsDetails(file, changedLines(patch)));
    return summary === undefined ? [] : [makeChange({ file: file.path, kind: 'artifact', key: file.path, summary })];
  },
};
