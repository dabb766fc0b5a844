import { readFile, writeFile } from 'node:fs/promises';

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/**
 * Puts `results` between the markers of docs/benchmarks.md, keeping the hand-written text around
 * them; creates a bare document when there is none yet.
 */
export async function writeBenchmarksDoc({ path, results }) {
  const block = `${START}\n${results}\n${END}`;
  const current = await readFile(path, 'utf8').catch((error) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (current === undefined) {
    await writeFile(path, `# Benchmarks\n\nRegenerate with \`npm run bench\`.\n\n${block}\n`);
    return;
  }
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start === -1 || end < start) {
    throw new Error(
      `${path} has no ${START} ... ${END} block to put the results in; add the two markers where the table belongs.`,
    );
  }
  await writeFile(path, `${current.slice(0, start)}${block}${current.slice(end + END.length)}`);
}
