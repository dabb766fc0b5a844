// The least a Node program can do with the pull request: start, have git write the diff (the
// options of the bench's `git diff` row), decode it, and find each file's section. The bench
// runs it beside the CLI: what the CLI costs above it is the engine's own work.
//   node node-reads-diff.mjs <merge-base> <head>   (in the repository; prints the file count)
import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';

const [from, to] = process.argv.slice(2);
if (from === undefined || to === undefined) throw new Error('usage: node-reads-diff.mjs <merge-base> <head>');
const SECTION = '\ndiff --git ';
const git = spawn('git', ['diff', '-M', '--patch', from, to], { stdio: ['ignore', 'pipe', 'inherit'] });
const decoder = new StringDecoder('utf8');
let files = 0;
// A section marker split between two pieces is found in the seam kept from the previous one.
let tail = '\n';
git.stdout.on('data', (chunk) => {
  const text = tail + decoder.write(chunk);
  for (let at = text.indexOf(SECTION); at !== -1; at = text.indexOf(SECTION, at + 1)) files += 1;
  tail = text.slice(-(SECTION.length - 1));
});
git.on('close', (code) => {
  if (code !== 0) process.exit(2);
  process.stdout.write(`${JSON.stringify({ files })}\n`);
});
