// Stands in for `undici` in the Action's bundle (scripts/build.mjs). @actions/core and
// @actions/github import it at load time for one thing: an HTTP proxy agent, used only by
// their own clients (OIDC tokens, `getOctokit`). The Action calls the API through its own
// Octokit on Node's fetch, so the 400 KiB library would be loaded on every run for nothing.
// Should a code path reach it after all, it says so instead of failing obscurely.
const leftOut = (name) => {
  throw new Error(`undici.${name} is not bundled with the ml-docs-guard Action (it would only serve an HTTP proxy agent)`);
};

export class ProxyAgent {
  constructor() {
    leftOut('ProxyAgent');
  }
}

export function fetch() {
  leftOut('fetch');
}
