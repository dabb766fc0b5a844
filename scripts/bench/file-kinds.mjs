/**
 * The kinds of files a synthetic ML pull request touches, each with its path, a base version
 * and a head version that changes a realistic share of its lines. Text is built from templates
 * and a seeded generator, so a kind's cost in the checker resembles the real thing: Python with
 * classes and functions (hunk context), Hydra/params YAML with changed values, DVC pointers,
 * Kubernetes manifests, Dockerfiles, requirements, Markdown docs and binary artefacts.
 */

const WORDS = ['model', 'data', 'feature', 'split', 'train', 'metric', 'batch', 'layer', 'drift', 'label', 'score', 'sample'];
const OPS = ['np.mean', 'np.clip', 'torch.relu', 'torch.sigmoid', 'normalize', 'scale', 'np.log1p'];
const PACKAGES = [
  'numpy',
  'pandas',
  'scikit-learn',
  'torch',
  'transformers',
  'pyyaml',
  'fastapi',
  'uvicorn',
  'mlflow',
  'dvc',
  'pydantic',
  'requests',
];

const sentence = (rng, words) => Array.from({ length: words }, () => rng.pick(WORDS)).join(' ');
const version = (rng) => `${rng.between(0, 4)}.${rng.between(0, 30)}.${rng.between(0, 12)}`;

/**
 * Rewrites `blocks` runs of `size` lines spread over the file and inserts `inserted` new lines,
 * the way a real edit touches a file in a few places.
 */
function editLines({ lines, rng, blocks, size, inserted, rewrite, insert, keepFirst = 1 }) {
  const out = [...lines];
  const span = Math.max(1, Math.floor((out.length - keepFirst) / blocks));
  for (let block = 0; block < blocks; block += 1) {
    const start = keepFirst + block * span + rng.int(Math.max(1, span - size));
    for (let offset = 0; offset < size && start + offset < out.length; offset += 1) {
      out[start + offset] = rewrite(out[start + offset], rng);
    }
  }
  for (let count = 0; count < inserted; count += 1) {
    out.splice(keepFirst + rng.int(out.length - keepFirst), 0, insert(rng));
  }
  return out;
}

const text = (lines) => `${lines.join('\n')}\n`;

function pythonLines(rng, index) {
  const lines = [`"""Module ${index}: ${sentence(rng, 5)}."""`, 'import numpy as np', 'import torch', 'from torch import nn', ''];
  for (let unit = 0; unit < 8; unit += 1) {
    if (unit % 3 === 0) {
      lines.push(
        '',
        `class Block${index}x${unit}(nn.Module):`,
        '    def __init__(self, hidden=128):',
        '        super().__init__()',
      );
    } else {
      lines.push('', `def ${rng.pick(WORDS)}_${rng.pick(WORDS)}_${unit}(batch, weight=${rng.next().toFixed(3)}):`);
    }
    for (let line = 0; line < 18; line += 1) {
      lines.push(`        value_${line} = ${rng.pick(OPS)}(batch[${line}] * ${rng.next().toFixed(4)})`);
    }
    lines.push('        return value_0');
  }
  return lines;
}

const rewriteCode = (line, rng) =>
  line.replace(/\d\.\d{4}\)/, `${rng.next().toFixed(4)})`).replace(/\(batch/, `(${rng.pick(OPS)}(batch)`);
const insertCode = (rng) => `        # ${sentence(rng, 6)}`;

function yamlLines(rng, index) {
  const lines = [`# experiment ${index}`];
  for (const section of ['model', 'train', 'optimizer', 'data', 'eval']) {
    lines.push(`${section}:`);
    for (let key = 0; key < 12; key += 1) lines.push(`  ${rng.pick(WORDS)}_${key}: ${rng.next().toFixed(rng.between(1, 4))}`);
  }
  return lines;
}

const rewriteValue = (line, rng) => line.replace(/: [\d.]+$/, `: ${rng.next().toFixed(rng.between(1, 4))}`);

function k8sLines(rng, index) {
  const lines = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: model-server-${index}`,
    'spec:',
    `  replicas: ${rng.between(1, 6)}`,
    '  template:',
    '    spec:',
    '      containers:',
    '      - name: server',
    `        image: registry.example.com/ml/server-${index}:${version(rng)}`,
    '        resources:',
    `          limits: {cpu: "${rng.between(1, 8)}", memory: ${rng.between(1, 16)}Gi}`,
    '        env:',
  ];
  for (let env = 0; env < 20; env += 1)
    lines.push(`        - {name: ${rng.pick(WORDS).toUpperCase()}_${env}, value: "${rng.between(1, 999)}"}`);
  return lines;
}

const rewriteK8s = (line, rng) =>
  line
    .replace(/value: "\d+"/, `value: "${rng.between(1, 999)}"`)
    .replace(/:\d+\.\d+\.\d+$/, `:${version(rng)}`)
    .replace(/replicas: \d+/, `replicas: ${rng.between(1, 9)}`);

function markdownLines(rng, index) {
  const lines = [`# ${sentence(rng, 3)} ${index}`, ''];
  for (let section = 0; section < 6; section += 1) {
    lines.push(`## ${sentence(rng, 2)}`, '');
    for (let line = 0; line < 12; line += 1) lines.push(`${sentence(rng, 12)}.`);
    lines.push('');
  }
  return lines;
}

/**
 * Every kind, with its share of the changed files. `lines(rng, i)` is the base text as lines and
 * `edit(lines, rng)` the head; a binary kind gives bytes instead.
 */
export const FILE_KINDS = [
  {
    name: 'python',
    share: 0.42,
    path: (i) =>
      `src/${['models', 'features', 'data', 'training', 'serving', 'evaluation'][i % 6]}/group_${i % 40}/module_${i}.py`,
    lines: pythonLines,
    edit: (lines, rng) =>
      editLines({ lines, rng, blocks: 6, size: 10, inserted: 12, rewrite: rewriteCode, insert: insertCode, keepFirst: 5 }),
  },
  {
    name: 'config',
    share: 0.15,
    path: (i) => (i % 2 === 0 ? `configs/train/exp_${i}.yaml` : `conf/base/parameters/stage_${i}.yml`),
    lines: yamlLines,
    edit: (lines, rng) => editLines({ lines, rng, blocks: 6, size: 3, inserted: 0, rewrite: rewriteValue, insert: () => '' }),
  },
  {
    name: 'dvc',
    share: 0.09,
    path: (i) => `data/raw/shard_${i % 25}/table_${i}.csv.dvc`,
    lines: (rng, i) => [
      'outs:',
      `- md5: ${rng.hex(32)}`,
      `  size: ${rng.between(1e3, 1e9)}`,
      '  hash: md5',
      `  path: table_${i}.csv`,
    ],
    edit: (lines, rng) => [lines[0], `- md5: ${rng.hex(32)}`, `  size: ${rng.between(1e3, 1e9)}`, ...lines.slice(3)],
  },
  {
    name: 'manifest',
    share: 0.08,
    path: (i) => `k8s/server-${i}/deployment.yaml`,
    lines: k8sLines,
    edit: (lines, rng) => editLines({ lines, rng, blocks: 4, size: 3, inserted: 0, rewrite: rewriteK8s, insert: () => '' }),
  },
  {
    name: 'dockerfile',
    share: 0.04,
    path: (i) => `services/svc-${i}/Dockerfile`,
    lines: (rng) => [
      `FROM python:3.${rng.between(9, 12)}-slim`,
      'WORKDIR /app',
      ...Array.from({ length: 20 }, (_, n) => `RUN pip install ${rng.pick(PACKAGES)}==${version(rng)} # layer ${n}`),
      'COPY . .',
      'CMD ["python", "serve.py"]',
    ],
    edit: (lines, rng) => [
      `FROM python:3.${rng.between(9, 12)}-slim`,
      ...editLines({
        lines: lines.slice(1),
        rng,
        blocks: 2,
        size: 2,
        inserted: 1,
        rewrite: (line) => line.replace(/==[\d.]+/, `==${version(rng)}`),
        insert: (r) => `RUN pip install ${r.pick(PACKAGES)}`,
      }),
    ],
  },
  {
    name: 'requirements',
    share: 0.04,
    path: (i) => `services/svc-${i}/requirements.txt`,
    lines: (rng) => Array.from({ length: 30 }, (_, n) => `${rng.pick(PACKAGES)}-${n}==${version(rng)}`),
    edit: (lines, rng) =>
      editLines({
        lines,
        rng,
        blocks: 3,
        size: 2,
        inserted: 1,
        rewrite: (line) => line.replace(/==[\d.]+/, `==${version(rng)}`),
        insert: (r) => `${r.pick(PACKAGES)}-extra>=1.0`,
        keepFirst: 0,
      }),
  },
  {
    name: 'doc',
    share: 0.11,
    path: (i) =>
      i % 50 === 7
        ? `docs/notes/meeting notes ${i}.md`
        : i % 50 === 8
          ? `docs/données/résumé_${i}.md`
          : `docs/guide/part_${i % 30}/page_${i}.md`,
    lines: markdownLines,
    edit: (lines, rng) =>
      editLines({
        lines,
        rng,
        blocks: 3,
        size: 5,
        inserted: 3,
        rewrite: (_line, r) => `${sentence(r, 12)}.`,
        insert: (r) => `${sentence(r, 10)}.`,
      }),
  },
  {
    name: 'binary',
    share: 0.07,
    path: (i) => (i % 2 === 0 ? `models/checkpoints/model_${i}.onnx` : `data/images/sample_${i}.png`),
    bytes: (rng) => rng.bytes(rng.between(2048, 16384)),
  },
];

/** Renders a kind's base and head content as what is committed (text or bytes). */
export function contentsOf({ kind, rng, index }) {
  if (kind.bytes !== undefined) return { base: kind.bytes(rng), head: kind.bytes(rng) };
  const base = kind.lines(rng, index);
  return { base: text(base), head: text(kind.edit(base, rng)) };
}
