import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { GitError, spawnError } from './run-git.js';

/**
 * Larger blobs are read past, not kept: a check needs the text of configs, code and docs, never
 * of a dataset or model weights committed by mistake.
 */
export const MAX_BLOB_BYTES = 16 * 1024 * 1024;

/** Reads file contents at commits through one long-lived `git cat-file --batch` process. */
export interface BlobReader {
  /** The file's bytes at that commit, or `undefined` when it is absent, not a file, or too large. */
  read(input: { readonly commit: string; readonly path: string }): Promise<Buffer | undefined>;
  /** Ends the git process; reads after this fail. */
  close(): void;
}

interface Pending {
  readonly resolve: (content: Buffer | undefined) => void;
  readonly reject: (error: Error) => void;
}

type ParseState =
  | { readonly kind: 'header'; readonly partial: Buffer[] }
  | { readonly kind: 'body'; remaining: number; readonly keep: boolean; readonly chunks: Buffer[] };

/**
 * Opens a reader for the repository at `root`. The git process starts on the first read, and
 * answers come back in the order of the requests, so one queue matches them.
 */
export function openBlobReader({ root }: { readonly root: string }): BlobReader {
  let child: ChildProcessWithoutNullStreams | undefined;
  let failure: Error | undefined;
  const queue: Pending[] = [];
  let state: ParseState = { kind: 'header', partial: [] };
  let corked = false;

  const failAll = (error: Error): void => {
    failure ??= error;
    for (const pending of queue.splice(0)) pending.reject(failure);
  };

  const answer = (content: Buffer | undefined): void => {
    queue.shift()?.resolve(content);
  };

  const consume = (chunk: Buffer): void => {
    let offset = 0;
    while (offset < chunk.length) {
      if (state.kind === 'header') {
        const newline = chunk.indexOf(0x0a, offset);
        if (newline === -1) {
          state.partial.push(chunk.subarray(offset));
          return;
        }
        const header = Buffer.concat([...state.partial, chunk.subarray(offset, newline)]).toString('utf8');
        offset = newline + 1;
        state = startObject(header, answer);
        continue;
      }
      const take = Math.min(state.remaining, chunk.length - offset);
      if (state.keep) state.chunks.push(chunk.subarray(offset, offset + take));
      state.remaining -= take;
      offset += take;
      if (state.remaining === 0) {
        // The content is followed by one newline that is not part of it.
        answer(state.keep ? Buffer.concat(state.chunks).subarray(0, -1) : undefined);
        state = { kind: 'header', partial: [] };
      }
    }
  };

  const start = (): ChildProcessWithoutNullStreams => {
    const git = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const errors: Buffer[] = [];
    git.stdout.on('data', consume);
    git.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
    // A write after git died surfaces through 'close' below, with git's own message.
    git.stdin.on('error', () => undefined);
    git.on('error', (error: NodeJS.ErrnoException) => failAll(spawnError(error)));
    git.on('close', (code) => {
      const stderr = Buffer.concat(errors).toString('utf8').trim();
      failAll(new GitError(`git cat-file stopped (exit code ${code ?? 'none'})${stderr === '' ? '' : `: ${stderr}`}`));
    });
    return git;
  };

  return {
    read({ commit, path }) {
      if (failure !== undefined) return Promise.reject(failure);
      // The batch protocol is line-based: such a path cannot be asked for, and no check needs it.
      if (path.includes('\n')) return Promise.resolve(undefined);
      child ??= start();
      const request = child;
      if (!corked) {
        // Requests made in the same tick (the engine reads several files at once) go out in
        // one write instead of one system call each.
        corked = true;
        request.stdin.cork();
        process.nextTick(() => {
          corked = false;
          request.stdin.uncork();
        });
      }
      return new Promise((resolve, reject) => {
        queue.push({ resolve, reject });
        request.stdin.write(`${commit}:${path}\n`);
      });
    },
    close() {
      failure ??= new GitError('the blob reader is closed');
      child?.stdin.end();
    },
  };
}

const FOUND_HEADER = /^[0-9a-f]+ ([a-z]+) (\d+)$/;

/** Reads `<oid> <type> <size>` (or `<name> missing`) and decides what to do with the body. */
function startObject(header: string, answer: (content: Buffer | undefined) => void): ParseState {
  const match = FOUND_HEADER.exec(header);
  if (match === null) {
    // `<sha>:<path> missing`: the path may hold spaces, so only a found object's shape is parsed.
    answer(undefined);
    return { kind: 'header', partial: [] };
  }
  const size = Number(match[2]);
  return { kind: 'body', remaining: size + 1, keep: match[1] === 'blob' && size <= MAX_BLOB_BYTES, chunks: [] };
}
