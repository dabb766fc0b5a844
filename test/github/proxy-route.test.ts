import { describe, expect, it } from '@jest/globals';
import { describeProxyRoute, ProxyNotUsedError, proxyRoute, type ProxyEnvironment } from '../../src/github/proxy-route.js';

const GITHUB_COM = 'https://api.github.com';
const PROXY = 'http://proxy.corp.example:3128';
const NODE_24 = '24.11.1';

const route = ({
  apiUrl = GITHUB_COM,
  env,
  execArgv = [],
  nodeVersion = NODE_24,
}: Partial<ProxyEnvironment> & { apiUrl?: string; env: ProxyEnvironment['env'] }) =>
  proxyRoute({ apiUrl, env, execArgv, nodeVersion });

describe('proxyRoute: which requests go where', () => {
  it('goes direct, saying nothing, when no proxy is configured', () => {
    const direct = route({ env: { NO_PROXY: '*' } });
    expect(direct).toEqual({ kind: 'direct' });
    expect(describeProxyRoute(direct)).toBeUndefined();
  });

  it('leaves an API address that is not a URL to the first request to report', () => {
    expect(route({ apiUrl: 'not a url', env: { HTTPS_PROXY: PROXY, HTTP_PROXY: PROXY } })).toEqual({ kind: 'direct' });
  });

  it('ignores the proxy variable of the other scheme', () => {
    expect(route({ env: { HTTP_PROXY: PROXY } })).toEqual({ kind: 'direct' });
    expect(route({ apiUrl: 'http://ghes.corp.example/api/v3', env: { HTTPS_PROXY: PROXY } })).toEqual({ kind: 'direct' });
  });

  const switchedOn: { name: string; env: Record<string, string>; execArgv?: string[]; nodeVersion?: string }[] = [
    { name: 'NODE_USE_ENV_PROXY=1 on Node 24', env: { NODE_USE_ENV_PROXY: '1' } },
    { name: 'NODE_USE_ENV_PROXY=1 on Node 22.21', env: { NODE_USE_ENV_PROXY: '1' }, nodeVersion: '22.21.0' },
    { name: '--use-env-proxy on Node 24.5', env: {}, execArgv: ['--use-env-proxy'], nodeVersion: '24.5.0' },
    { name: '--use-env-proxy in NODE_OPTIONS', env: { NODE_OPTIONS: '--max-old-space-size=512 --use-env-proxy' } },
  ];

  it.each(switchedOn)('goes through the proxy with $name', ({ env, execArgv, nodeVersion }) => {
    const proxied = route({
      env: { HTTPS_PROXY: PROXY, ...env },
      ...(execArgv && { execArgv }),
      ...(nodeVersion && { nodeVersion }),
    });
    expect(proxied).toEqual({ kind: 'proxied', proxy: 'proxy.corp.example:3128', variable: 'HTTPS_PROXY' });
    expect(describeProxyRoute(proxied)).toBe(
      'GitHub API requests go through the proxy proxy.corp.example:3128 (from HTTPS_PROXY).',
    );
  });

  it('reads the lower-case variable first, as curl and Node do', () => {
    const env = { https_proxy: 'http://lower.example:8080', HTTPS_PROXY: PROXY, NODE_USE_ENV_PROXY: '1' };
    expect(route({ env })).toEqual({ kind: 'proxied', proxy: 'lower.example:8080', variable: 'https_proxy' });
  });

  it('never names the credentials a proxy URL carries', () => {
    const env = { HTTPS_PROXY: 'http://build-bot:s3cr%40t@proxy.corp.example:3128', NODE_USE_ENV_PROXY: '1' };
    const line = describeProxyRoute(route({ env })) ?? '';
    expect(line).toContain('proxy.corp.example:3128');
    expect(line).not.toMatch(/build-bot|s3cr/);
    expect(() => route({ env: { ...env, NODE_USE_ENV_PROXY: '' } })).toThrow(/proxy\.corp\.example:3128/);
    try {
      route({ env: { ...env, NODE_USE_ENV_PROXY: '' } });
    } catch (error) {
      expect(String(error)).not.toMatch(/build-bot|s3cr/);
    }
  });

  const exempt: { name: string; apiUrl: string; noProxy: string; because: string }[] = [
    { name: 'everything (*)', apiUrl: GITHUB_COM, noProxy: '*', because: 'NO_PROXY lists *' },
    {
      name: 'the host',
      apiUrl: GITHUB_COM,
      noProxy: 'internal.example, api.github.com',
      because: 'NO_PROXY lists api.github.com',
    },
    {
      name: 'host:port',
      apiUrl: 'https://ghes.corp.example:8443/api/v3',
      noProxy: 'ghes.corp.example:8443',
      because: 'NO_PROXY lists ghes.corp.example:8443',
    },
    { name: 'the default port', apiUrl: GITHUB_COM, noProxy: 'api.github.com:443', because: 'NO_PROXY lists api.github.com:443' },
    { name: 'a domain', apiUrl: GITHUB_COM, noProxy: 'github.com', because: 'NO_PROXY lists github.com' },
    { name: 'a .domain', apiUrl: GITHUB_COM, noProxy: '.github.com', because: 'NO_PROXY lists .github.com' },
    { name: 'a *.domain, in any case', apiUrl: GITHUB_COM, noProxy: '*.GitHub.com', because: 'NO_PROXY lists *.GitHub.com' },
    { name: 'this machine, unlisted', apiUrl: 'http://127.0.0.1:8080', noProxy: '', because: '127.0.0.1 is this machine' },
    { name: 'localhost, unlisted', apiUrl: 'https://localhost/api/v3', noProxy: '', because: 'localhost is this machine' },
  ];

  it.each(exempt)('goes direct, and says why, when NO_PROXY exempts $name', ({ apiUrl, noProxy, because }) => {
    const env = { HTTPS_PROXY: PROXY, HTTP_PROXY: PROXY, NO_PROXY: noProxy };
    const direct = route({ apiUrl, env, nodeVersion: '20.20.2' });
    expect(direct).toEqual({ kind: 'direct', because });
    expect(describeProxyRoute(direct)).toBe(`GitHub API requests skip the configured proxy: ${because}.`);
  });

  it('does not exempt a host that merely ends with a listed name', () => {
    expect(() => route({ env: { HTTPS_PROXY: PROXY, NO_PROXY: 'hub.com,api.github' } })).toThrow(ProxyNotUsedError);
  });
});

describe('proxyRoute: a proxy Node would ignore stops the run', () => {
  it('names the variable, the proxy and the fix when proxy support is off', () => {
    expect(() => route({ env: { HTTPS_PROXY: PROXY, NODE_USE_ENV_PROXY: '0' } })).toThrow(
      new ProxyNotUsedError(
        'HTTPS_PROXY names the proxy proxy.corp.example:3128 for api.github.com, but Node ignores it unless its proxy ' +
          "support is on: set NODE_USE_ENV_PROXY=1 next to it (for the Action: in the step's `env` or the runner's .env " +
          'file), or add api.github.com to NO_PROXY to reach GitHub directly.',
      ),
    );
  });

  const tooOld: { nodeVersion: string; env: Record<string, string>; execArgv?: string[]; needs: string }[] = [
    { nodeVersion: '20.20.2', env: { NODE_USE_ENV_PROXY: '1' }, needs: 'NODE_USE_ENV_PROXY=1 needs Node 22.21 or 24 or later' },
    { nodeVersion: '22.20.0', env: { NODE_USE_ENV_PROXY: '1' }, needs: 'NODE_USE_ENV_PROXY=1 needs Node 22.21 or 24 or later' },
    { nodeVersion: '23.11.0', env: { NODE_USE_ENV_PROXY: '1' }, needs: 'NODE_USE_ENV_PROXY=1 needs Node 22.21 or 24 or later' },
    { nodeVersion: '24.4.1', env: {}, execArgv: ['--use-env-proxy'], needs: '--use-env-proxy needs Node 22.21 or 24.5 or later' },
  ];

  it.each(tooOld)('says Node $nodeVersion cannot use it', ({ nodeVersion, env, execArgv, needs }) => {
    expect(() => route({ env: { HTTPS_PROXY: PROXY, ...env }, nodeVersion, ...(execArgv && { execArgv }) })).toThrow(
      `HTTPS_PROXY names the proxy proxy.corp.example:3128 for api.github.com, but Node ${nodeVersion} cannot use it: ${needs}.`,
    );
  });

  it('names a GitHub Enterprise Server by its host and port', () => {
    expect(() => route({ apiUrl: 'http://ghes.corp.example:8080/api/v3', env: { http_proxy: PROXY } })).toThrow(
      /^http_proxy names the proxy proxy\.corp\.example:3128 for ghes\.corp\.example:8080, but Node ignores it/,
    );
  });

  it('says so when the proxy variable is not a URL', () => {
    expect(() => route({ env: { HTTPS_PROXY: 'http://[bad' } })).toThrow(/names the proxy an address that is not a valid URL/);
  });

  it('accepts a proxy given without a scheme', () => {
    expect(route({ env: { HTTPS_PROXY: 'proxy.corp.example:3128', NODE_USE_ENV_PROXY: '1' } })).toMatchObject({
      proxy: 'proxy.corp.example:3128',
    });
  });
});
