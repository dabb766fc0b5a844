/**
 * Longest value shown in a summary: enough for an image reference or a short list, short enough
 * that a PR comment line stays readable.
 */
export const MAX_VALUE_CHARS = 60;

/** Shortens text to `max` characters, marking the cut. */
export function shorten(text: string, max: number = MAX_VALUE_CHARS): string {
  const oneLine = text.replace(/\s*\n\s*/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

function renderInner(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(renderInner).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([key, item]) => `${key}: ${renderInner(item)}`).join(', ')}}`;
  }
  return String(value);
}

/** Renders a config value the way a reviewer reads it: plain scalars, compact lists and maps. */
export function renderValue(value: unknown): string {
  return shorten(renderInner(value));
}

/** A stable text form of a value, for equality checks (object key order does not matter). */
export function canonicalValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalValue).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalValue(item)}`).join(',')}}`;
  }
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/*
 * Names whose values must never reach a PR comment: API keys, tokens, secrets, passwords and
 * connection strings that embed credentials. Matching the name, not the value, is deliberate:
 * a secret's value has no recognisable shape.
 */
const SECRET_WORDS = /secret|passw(or)?d|passphrase|credential|apikey|(^|[^a-z])dsn$|database_?url|connection_?string/i;
const TOKEN_WORD = /token/i;
/** Model vocabulary that says "token" without being a credential (`tokenizer`, `pad_token_id`). */
const TOKEN_VOCABULARY =
  /tokeni[sz]|tokens|token_?(id|ids|type|length|len|count|limit)$|(pad|bos|eos|unk|sep|cls|mask|special)_?tokens?/i;
/** `API_KEY`, `key`, `apiKey`, `access-keys`; not `monkey`. */
const KEY_SUFFIX = /(^|[^A-Za-z])(key|Key|KEY)s?$|[a-z0-9]Keys?$/;

/** Whether a variable or key name looks like it holds a secret (its value is then hidden). */
export function looksSecret(name: string): boolean {
  if (KEY_SUFFIX.test(name)) return true;
  if (SECRET_WORDS.test(name)) return true;
  return TOKEN_WORD.test(name) && !TOKEN_VOCABULARY.test(name);
}

/** The last segment of a dotted key path: the name a secret check looks at. */
export function lastSegment(key: string): string {
  const match = /(?:\["([^"]*)"\]|\[\d+\]|([^.[\]]+))$/.exec(key);
  if (match === null) return key;
  if (match[1] !== undefined) return match[1];
  if (match[2] !== undefined) return match[2];
  return lastSegment(key.slice(0, key.length - match[0].length));
}
