// Stands in for `undici` in the Action's bundle (scripts/build.mjs). @actions/core and
// @actions/github import it at load time for one thing: an HTTP proxy agent, used only by
// their own clients (OIDC tokens, `getOctokit`). The Action calls the API through its own
// Octokit on Node's fetch, which goes through a proxy by Node's own support (see
// src/github/proxy-route.ts), so the 400 KiB library would be loaded on every run for nothing.
// @actions/github builds its default client's proxy agent when imported and HTTPS_PROXY is set:
// the agent can be made, and says what is missing only if a request is sent through it.
const leftOut = (name) => {
  throw new Error(`undici.${name} is not bundled with the ml-docs-guard Action (it would only serve an HTTP proxy agent)`);
};

export class ProxyAgent {
  dispatch() {
    leftOut('ProxyAgent');
  }

  close() {
    return Promise.resolve();
  }

  destroy() {
    return Promise.resolve();
  }
}

export function fetch() {
  leftOut('fetch');
}
