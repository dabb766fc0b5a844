import { describe, expect, it } from '@jest/globals';
import { apiUrlOf } from '../../../src/app/api-url.js';

describe('apiUrlOf: the API the App talks to, read as Probot reads it', () => {
  it.each([
    { env: {}, url: 'https://api.github.com' },
    { env: { GHE_HOST: '  ' }, url: 'https://api.github.com' },
    { env: { GHE_HOST: 'ghes.corp.example' }, url: 'https://ghes.corp.example/api/v3' },
    { env: { GHE_HOST: 'ghes.corp.example:8080', GHE_PROTOCOL: 'http' }, url: 'http://ghes.corp.example:8080/api/v3' },
  ])('$env → $url', ({ env, url }) => {
    expect(apiUrlOf(env)).toBe(url);
  });
});
