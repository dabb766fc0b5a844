import type { ContentSource, Side } from '../../src/core/types.js';

/** One read the engine asked for, in order, so tests can assert exactly which reads happened. */
export interface SourceCall {
  readonly method: 'readFile' | 'listFiles';
  readonly side: Side;
  readonly path?: string;
}

/**
 * A `ContentSource` over plain objects (path -> text) for each side, recording every call. A
 * path absent from a side reads as `undefined`, like a file that does not exist there.
 */
export class MemorySource implements ContentSource {
  readonly calls: SourceCall[] = [];
  private readonly files: Readonly<Record<Side, Readonly<Record<string, string>>>>;

  constructor({ base = {}, head = {} }: { base?: Record<string, string>; head?: Record<string, string> } = {}) {
    this.files = { base, head };
  }

  async readFile(side: Side, path: string): Promise<string | undefined> {
    this.calls.push({ method: 'readFile', side, path });
    return Object.hasOwn(this.files[side], path) ? this.files[side][path] : undefined;
  }

  async listFiles(side: Side): Promise<readonly string[]> {
    this.calls.push({ method: 'listFiles', side });
    return Object.keys(this.files[side]).sort();
  }

  /** How many calls of that method were made. */
  count(method: SourceCall['method']): number {
    return this.calls.filter((call) => call.method === method).length;
  }
}
