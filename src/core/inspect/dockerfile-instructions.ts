import type { ChangeKind } from './change-kinds.js';
import { imageRepository } from './image-reference.js';
import { HIDDEN, type Wording } from './keyed-changes.js';
import type { KeyedPair } from './patch-lines.js';

/** A Dockerfile instruction that says something about what runs in production. */
export interface InstructionFamily {
  readonly kind: ChangeKind;
  readonly wording: Wording;
  /** The keyed values one instruction line holds (ENV may set several variables). */
  readonly read: (argument: string) => { readonly key: string; readonly value: string }[];
  /** The key a change carries, when not the instruction's own key. */
  readonly keyOf?: (pair: KeyedPair) => string;
}

const unquote = (value: string): string => value.replace(/^(['"])(.*)\1$/, '$2');

/** `FROM [--platform=...] image[:tag] [AS stage]`: keyed by stage name so stages pair up. */
function readFrom(argument: string): { key: string; value: string }[] {
  const tokens = argument.split(/\s+/).filter((token) => !token.startsWith('--'));
  const image = tokens[0];
  if (image === undefined) return [];
  const alias = tokens[1]?.toLowerCase() === 'as' ? tokens[2] : undefined;
  return [{ key: alias ?? '', value: image }];
}

const ENV_ASSIGNMENT = /([^\s=]+)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g;

/** `ENV A=1 B="two words"` or the legacy `ENV A 1`. */
function readEnv(argument: string): { key: string; value: string }[] {
  if (!/^[^\s=]+=/.test(argument)) {
    const [key, ...rest] = argument.split(/\s+/);
    return key === undefined ? [] : [{ key, value: rest.join(' ') }];
  }
  return [...argument.matchAll(ENV_ASSIGNMENT)].map((match) => ({ key: match[1] ?? '', value: unquote(match[2] ?? '') }));
}

const stage = (key: string): string => (key === '' ? '' : ` (stage \`${key}\`)`);

/** The instructions reported, by keyword. */
export const DOCKERFILE_INSTRUCTIONS: Readonly<Record<string, InstructionFamily>> = {
  FROM: {
    kind: 'image',
    read: readFrom,
    keyOf: (pair) => imageRepository(pair.after?.value ?? pair.before?.value ?? ''),
    wording: {
      changed: (key, before, after) => `base image \`${before}\` → \`${after}\`${stage(key)}`,
      added: (key, after) => `new base image \`${after}\`${stage(key)}`,
      removed: (key, before) => `base image \`${before}\` removed${stage(key)}`,
    },
  },
  ENV: {
    kind: 'environment',
    read: readEnv,
    wording: {
      changed: (key, before, after) => `ENV \`${key}\`: ${before} → ${after}`,
      changedHidden: (key) => `ENV \`${key}\` changed ${HIDDEN}`,
      added: (key, after) => `ENV \`${key}\` set: ${after}`,
      removed: (key) => `ENV \`${key}\` removed`,
    },
  },
  ARG: {
    kind: 'build-arg',
    read: (argument) => {
      const [key = '', value] = argument.split('=', 2);
      return key === '' ? [] : [{ key: key.trim(), value: value === undefined ? '(no default)' : unquote(value.trim()) }];
    },
    wording: {
      changed: (key, before, after) => `ARG \`${key}\`: ${before} → ${after}`,
      changedHidden: (key) => `ARG \`${key}\` changed ${HIDDEN}`,
      added: (key, after) => `ARG \`${key}\` added: ${after}`,
      removed: (key) => `ARG \`${key}\` removed`,
    },
  },
  EXPOSE: {
    kind: 'port',
    read: (argument) =>
      argument
        .split(/\s+/)
        .filter((port) => port !== '')
        .map((port) => ({ key: 'port', value: port })),
    wording: {
      changed: (_key, before, after) => `exposed port ${before} → ${after}`,
      added: (_key, after) => `exposes port ${after}`,
      removed: (_key, before) => `no longer exposes port ${before}`,
    },
  },
  CMD: {
    kind: 'entrypoint',
    read: (argument) => [{ key: 'CMD', value: argument }],
    wording: {
      changed: (_key, before, after) => `CMD \`${before}\` → \`${after}\``,
      added: (_key, after) => `CMD set: \`${after}\``,
      removed: (_key, before) => `CMD \`${before}\` removed`,
    },
  },
  ENTRYPOINT: {
    kind: 'entrypoint',
    read: (argument) => [{ key: 'ENTRYPOINT', value: argument }],
    wording: {
      changed: (_key, before, after) => `ENTRYPOINT \`${before}\` → \`${after}\``,
      added: (_key, after) => `ENTRYPOINT set: \`${after}\``,
      removed: (_key, before) => `ENTRYPOINT \`${before}\` removed`,
    },
  },
};
