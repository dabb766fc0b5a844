/** The size the targets are set at: GitHub lists at most 3,000 files of a pull request. */
export const TARGET_FILES = 3000;
/** The CLI may cost at most this multiple of `git diff` at TARGET_FILES. */
export const TARGET_RATIO = 1.5;
/** Peak RSS budget of the CLI at TARGET_FILES. */
export const TARGET_RSS_MIB = 150;
/**
 * Growth exponent (log-log slope of time against files) above which the cost is no longer
 * called linear: 1 is linear, 2 quadratic; the margin absorbs noise on a shared machine.
 */
export const LINEAR_EXPONENT_LIMIT = 1.15;

const mib = (kib) => (kib === undefined ? 'n/a' : (kib / 1024).toFixed(0));
const int = (value) => Math.round(value).toLocaleString('en-US');
const perFile = (ms, files) => `${((ms * 1000) / files).toFixed(0)} µs`;

const COLUMNS = [
  ['changed files', (row) => int(row.files)],
  ['changed lines', (row) => int(row.changedLines)],
  ['diff MiB', (row) => (row.diffBytes / 1024 ** 2).toFixed(1)],
  ['git diff ms', (row) => int(row.gitMs)],
  ['Node reads the diff ms', (row) => int(row.readsMs)],
  ['Node reads / git diff', (row) => `${(row.readsMs / row.gitMs).toFixed(2)}×`],
  ['CLI ms', (row) => int(row.cliMs)],
  ['CLI / git diff', (row) => `${(row.cliMs / row.gitMs).toFixed(2)}×`],
  ['CLI w/o content checks ms', (row) => int(row.leanMs)],
  ['w/o content checks / git diff', (row) => `${(row.leanMs / row.gitMs).toFixed(2)}×`],
  ['core ms', (row) => int(row.coreMs)],
  ['CLI per file', (row) => perFile(row.cliMs, row.files)],
  ['core per file', (row) => perFile(row.coreMs, row.files)],
  [
    'peak RSS MiB git / CLI / w/o checks / core',
    (row) => [row.gitRssKiB, row.cliRssKiB, row.leanRssKiB, row.coreRssKiB].map(mib).join(' / '),
  ],
  ['runs', (row) => String(row.runs)],
];

/** The rows as an aligned plain-text table for the terminal. */
export function textTable(rows) {
  const cells = [COLUMNS.map(([title]) => title), ...rows.map((row) => COLUMNS.map(([, cell]) => cell(row)))];
  const widths = COLUMNS.map((_, column) => Math.max(...cells.map((line) => line[column].length)));
  return cells.map((line) => line.map((cell, column) => cell.padStart(widths[column])).join('  ')).join('\n');
}

/** The rows as a Markdown table. */
export function markdownTable(rows) {
  return [
    `| ${COLUMNS.map(([title]) => title).join(' | ')} |`,
    `| ${COLUMNS.map(() => '---:').join(' | ')} |`,
    ...rows.map((row) => `| ${COLUMNS.map(([, cell]) => cell(row)).join(' | ')} |`),
  ].join('\n');
}

/** Log-log slope of `key` between the smallest case of at least 1,000 files and the largest. */
export function growthExponent(rows, key) {
  const sized = rows.filter((row) => row.files >= 1000);
  if (sized.length < 2) return undefined;
  const [first, last] = [sized[0], sized.at(-1)];
  return Math.log(last[key] / first[key]) / Math.log(last.files / first.files);
}

/** Each target with its measured value and whether it is met; empty when the target case was not run. */
export function checkTargets(rows) {
  const target = rows.find((row) => row.files === TARGET_FILES);
  const checks = [];
  if (target !== undefined) {
    const ratio = target.cliMs / target.gitMs;
    checks.push({
      name: `CLI within ${TARGET_RATIO}× of git diff at ${int(TARGET_FILES)} files`,
      value: `${ratio.toFixed(2)}×`,
      met: ratio <= TARGET_RATIO,
    });
    if (target.cliRssKiB !== undefined) {
      const rss = target.cliRssKiB / 1024;
      checks.push({
        name: `CLI peak RSS under ${TARGET_RSS_MIB} MiB at ${int(TARGET_FILES)} files`,
        value: `${rss.toFixed(0)} MiB`,
        met: rss < TARGET_RSS_MIB,
      });
    }
  }
  for (const [label, key] of [
    ['CLI', 'cliMs'],
    ['core', 'coreMs'],
  ]) {
    const exponent = growthExponent(rows, key);
    if (exponent !== undefined) {
      checks.push({
        name: `${label} time grows linearly with the diff (exponent ≤ ${LINEAR_EXPONENT_LIMIT})`,
        value: exponent.toFixed(2),
        met: exponent <= LINEAR_EXPONENT_LIMIT,
      });
    }
  }
  return checks;
}

/**
 * What reading the diff alone costs a Node program at TARGET_FILES, against `git diff`: the part
 * of the ratio no engine can remove. Undefined when the target case was not run.
 */
export function nodeFloor(rows) {
  const target = rows.find((row) => row.files === TARGET_FILES);
  if (target === undefined) return undefined;
  return `A Node program that only reads the diff (start, spawn git, decode, find each file) takes ${(target.readsMs / target.gitMs).toFixed(2)}× git diff at ${int(TARGET_FILES)} files: the floor of any Node CLI, before a single check runs.`;
}

export const checkLine = (check) => `${check.met ? 'met' : 'NOT MET'}: ${check.name}: ${check.value}`;

/** The generated part of docs/benchmarks.md. */
export function resultsMarkdown({ rows, checks, machine, coldStart, bundleBytes, startedAt, loads, command }) {
  const floor = nodeFloor(rows);
  return [
    `Measured ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${command}\` on ${machine.nproc} cores`,
    `(${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.os}), Node ${machine.node}, git ${machine.git}.`,
    `Load average (1 min) ${loads.join(' → ')} during the run: other work shared the machine, so figures are medians.`,
    '',
    markdownTable(rows),
    '',
    ...checks.map((check) => `- ${check.met ? '✅' : '❌'} ${check.name}: **${check.value}**`),
    ...(floor === undefined ? [] : [`- ${floor}`]),
    `- Action cold start (spawn of \`node dist/index.js\` to its first API request): **${int(coldStart.medianMs)} ms** (median of ${coldStart.runs}).`,
    `- Action bundle \`dist/index.js\`: **${(bundleBytes / 1024).toFixed(0)} KiB**.`,
  ].join('\n');
}
