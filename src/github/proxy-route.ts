/**
 * How requests to GitHub's API leave this process: straight to the server, or through the HTTP
 * proxy the environment names. Node's fetch (which Octokit uses) honours `HTTPS_PROXY` and
 * `NO_PROXY` only when its built-in proxy support is switched on (`NODE_USE_ENV_PROXY=1` or
 * `--use-env-proxy`); otherwise it ignores them and connects directly, which on a network that
 * allows only the proxy means a hang until the request deadline, and elsewhere quietly goes round
 * the route the operator chose. Neither is acceptable, so a proxy that applies but would be
 * ignored stops the run before its first request, with the fix.
 */
export type ProxyRoute =
  /** Straight to the server; `because` says why a configured proxy does not apply. */
  | { readonly kind: 'direct'; readonly because?: string }
  /**
   * Node sends requests through the proxy at `proxy` (host and port only: credentials never
   * leave this module), except for hosts its own reading of `NO_PROXY` exempts.
   */
  | { readonly kind: 'proxied'; readonly proxy: string; readonly variable: string };

/** What `proxyRoute` reads: the process's environment, flags and Node version, passed in. */
export interface ProxyEnvironment {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `process.execArgv`: Node's own flags (`--use-env-proxy`). */
  readonly execArgv: readonly string[];
  /** `process.versions.node`. */
  readonly nodeVersion: string;
}

/** Thrown when a proxy applies to the API but Node would not use it; the message says how to fix it. */
export class ProxyNotUsedError extends Error {
  override readonly name = 'ProxyNotUsedError';
}

/** The first variable set, lower case first as curl and Node read them. */
function firstSet(env: ProxyEnvironment['env'], names: readonly string[]): { name: string; value: string } | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value !== undefined && value !== '') return { name, value };
  }
  return undefined;
}

const isLoopback = (host: string): boolean =>
  host === 'localhost' || host.endsWith('.localhost') || host.startsWith('127.') || host === '[::1]' || host === '::1';

/**
 * The `NO_PROXY` entry that sends `host` (lower case) on `port` direct, if any: `*`, the host,
 * `host:port`, or a domain it is in (`example.com`, `.example.com` and `*.example.com` all cover
 * `api.example.com`, as curl reads them).
 */
function bypassEntry({ noProxy, host, port }: { noProxy: string; host: string; port: string }): string | undefined {
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.toLowerCase();
    if (entry === '') continue;
    if (entry === '*' || entry === host || entry === `${host}:${port}`) return raw;
    const domain = entry.replace(/^\*?\./, '');
    if (domain !== '' && host.endsWith(`.${domain}`)) return raw;
  }
  return undefined;
}

/** Node reads `NODE_USE_ENV_PROXY` from 22.21 and 24.0, `--use-env-proxy` from 22.21 and 24.5. */
function supports({ nodeVersion, flag }: { nodeVersion: string; flag: boolean }): boolean {
  const [major = 0, minor = 0] = nodeVersion.split('.').map(Number);
  if (major === 22) return minor >= 21;
  if (major === 24 && flag) return minor >= 5;
  return major >= 24;
}

/** Whether Node's proxy support is on, and how: the flag wins over the variable, as in Node. */
function switchedOn({ env, execArgv }: ProxyEnvironment): { flag: boolean } | undefined {
  const options = [...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (options.includes('--use-env-proxy')) return { flag: true };
  return env.NODE_USE_ENV_PROXY === '1' ? { flag: false } : undefined;
}

/** `host:port` of a proxy URL, without any credentials it carries. */
function proxyAddress(value: string): string {
  try {
    const url = new URL(value.includes('://') ? value : `http://${value}`);
    return url.port === '' ? url.hostname : `${url.hostname}:${url.port}`;
  } catch {
    return 'an address that is not a valid URL';
  }
}

/**
 * The route requests to `apiUrl` take (see `ProxyRoute`).
 *
 * @throws ProxyNotUsedError when `HTTPS_PROXY` (or `HTTP_PROXY` for an `http:` API) applies to
 *   the API's host but Node's proxy support is off or missing from this Node version.
 */
export function proxyRoute({ apiUrl, ...environment }: ProxyEnvironment & { readonly apiUrl: string }): ProxyRoute {
  const url = URL.canParse(apiUrl) ? new URL(apiUrl) : undefined;
  // Not a URL: no proxy can apply, and the first request says what is wrong with it.
  if (url === undefined) return { kind: 'direct' };
  const secure = url.protocol === 'https:';
  const proxy = firstSet(environment.env, secure ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY']);
  if (proxy === undefined) return { kind: 'direct' };
  const address = proxyAddress(proxy.value);
  const on = switchedOn(environment);
  const supported = on !== undefined && supports({ nodeVersion: environment.nodeVersion, flag: on.flag });
  if (supported) return { kind: 'proxied', proxy: address, variable: proxy.name };

  const host = url.hostname.toLowerCase();
  if (isLoopback(host)) return { kind: 'direct', because: `${url.hostname} is this machine` };
  const noProxy = firstSet(environment.env, ['no_proxy', 'NO_PROXY']);
  const port = url.port === '' ? (secure ? '443' : '80') : url.port;
  const entry = noProxy === undefined ? undefined : bypassEntry({ noProxy: noProxy.value, host, port });
  if (entry !== undefined) return { kind: 'direct', because: `${noProxy?.name} lists ${entry}` };

  const needs = `${proxy.name} names the proxy ${address} for ${url.host}`;
  if (on === undefined) {
    throw new ProxyNotUsedError(
      `${needs}, but Node ignores it unless its proxy support is on: set NODE_USE_ENV_PROXY=1 next to it ` +
        `(for the Action: in the step's \`env\` or the runner's .env file), or add ${url.hostname} to NO_PROXY ` +
        'to reach GitHub directly.',
    );
  }
  const how = on.flag ? '--use-env-proxy' : 'NODE_USE_ENV_PROXY=1';
  throw new ProxyNotUsedError(
    `${needs}, but Node ${environment.nodeVersion} cannot use it: ${how} needs Node ${on.flag ? '22.21 or 24.5' : '22.21 or 24'} or later.`,
  );
}

/** One line for the log about `route`, or nothing for a plain direct connection. */
export function describeProxyRoute(route: ProxyRoute): string | undefined {
  if (route.kind === 'proxied') {
    return `GitHub API requests go through the proxy ${route.proxy} (from ${route.variable}).`;
  }
  return route.because === undefined ? undefined : `GitHub API requests skip the configured proxy: ${route.because}.`;
}
