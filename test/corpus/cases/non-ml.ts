import { layout, modified } from '../corpus-case.js';

/**
 * Repositories that are not ML projects but use the same names: mastodon/mastodon (a Rails app:
 * app/models, features/ in its front end, many workflows), React apps with Redux feature
 * folders (src/features/auth/authSlice.js is in more than 8,000 repositories), psf/requests (a
 * library with models.py), argoproj/argo-workflows (a Go project with a root api/ directory) and
 * a Hugo site (data/). None of these changes asks for ML documentation.
 */
const MASTODON = [
  '.github/workflows/build-releases.yml',
  '.github/workflows/deploy-docs.yml',
  '.github/workflows/lint-ruby.yml',
  '.github/workflows/test-ruby.yml',
  '.github/workflows/crowdin-download.yml',
  'Gemfile',
  'Gemfile.lock',
  'README.md',
  'app/javascript/mastodon/features/compose/index.jsx',
  'app/models/account.rb',
  'config/database.yml',
  'db/schema.rb',
  'package.json',
  'spec/models/account_spec.rb',
  'yarn.lock',
];

const REACT = [
  'README.md',
  'package.json',
  'package-lock.json',
  'src/App.jsx',
  'src/data/countries.json',
  'src/features/auth/authSlice.js',
  'src/models/User.ts',
  'api/routes.ts',
];

const REQUESTS = [
  '.github/workflows/run-tests.yml',
  'README.md',
  'docs/api.rst',
  'requirements-dev.txt',
  'setup.cfg',
  'src/requests/models.py',
  'src/requests/pipeline.py',
  'src/requests/sessions.py',
  'tests/test_requests.py',
];

export const NON_ML = layout({
  name: 'non-ml',
  source: 'mastodon/mastodon',
  repository: MASTODON,
  cases: [
    {
      id: 'rails-model',
      description: 'app/models/account.rb: an ActiveRecord model, not an ML model.',
      files: [modified('app/models/account.rb'), modified('spec/models/account_spec.rb')],
      expected: [],
      verdict: 'pass',
    },
    {
      id: 'frontend-feature',
      description: 'A front-end feature folder: app/javascript/mastodon/features/compose/index.jsx.',
      files: [modified('app/javascript/mastodon/features/compose/index.jsx')],
      expected: [],
      verdict: 'pass',
    },
    {
      id: 'schema-and-database-config',
      description: 'A migration result in db/schema.rb and a pool size in config/database.yml.',
      files: [modified('db/schema.rb'), modified('config/database.yml')],
      expected: [],
      verdict: 'pass',
    },
    {
      id: 'lint-and-test-workflows',
      description: 'The Ruby lint and test workflows.',
      files: [modified('.github/workflows/lint-ruby.yml'), modified('.github/workflows/test-ruby.yml')],
      expected: [],
      verdict: 'pass',
    },
    {
      id: 'docs-deploy-workflow',
      description: 'deploy-docs.yml publishes the documentation site.',
      files: [modified('.github/workflows/deploy-docs.yml')],
      expected: [],
      verdict: 'pass',
    },
    {
      id: 'release-workflow',
      description: 'build-releases.yml builds release images of the web app: no model involved.',
      files: [modified('.github/workflows/build-releases.yml')],
      expected: [],
      verdict: 'pass',
    },
    {
      id: 'translations-workflow',
      description: 'The crowdin download workflow.',
      files: [modified('.github/workflows/crowdin-download.yml')],
      expected: [],
      verdict: 'pass',
    },
    {
      id: 'lockfiles',
      description: 'Lock-file-only refresh: Gemfile.lock and yarn.lock.',
      files: [modified('Gemfile.lock'), modified('yarn.lock')],
      expected: [],
      verdict: 'pass',
    },
    {
      id: 'react-redux-feature',
      source: 'React apps with Redux feature folders',
      description: 'src/features/auth/authSlice.js handles token refresh.',
      files: [modified('src/features/auth/authSlice.js')],
      expected: [],
      verdict: 'pass',
      repository: REACT,
    },
    {
      id: 'react-data-json',
      source: 'React apps with Redux feature folders',
      description: 'src/data/countries.json adds a country to a dropdown.',
      files: [modified('src/data/countries.json')],
      expected: [],
      verdict: 'pass',
      repository: REACT,
    },
    {
      id: 'react-models-and-api',
      source: 'React apps with Redux feature folders',
      description: 'src/models/User.ts and api/routes.ts add a field.',
      files: [modified('src/models/User.ts'), modified('api/routes.ts')],
      expected: [],
      verdict: 'pass',
      repository: REACT,
    },
    {
      id: 'requests-models',
      source: 'psf/requests',
      description: 'src/requests/models.py (Request and Response objects) fixes a header bug.',
      files: [modified('src/requests/models.py'), modified('tests/test_requests.py')],
      expected: [],
      verdict: 'pass',
      repository: REQUESTS,
    },
    {
      id: 'requests-pipeline-module',
      source: "psf/requests (a fork's src/requests/pipeline.py)",
      description: 'A module named pipeline.py inside an HTTP library: nothing to do with ML workflows.',
      files: [modified('src/requests/pipeline.py')],
      expected: [],
      verdict: 'pass',
      repository: REQUESTS,
    },
    {
      id: 'requests-dev-requirements',
      source: 'psf/requests',
      description: 'requirements-dev.txt and setup.cfg: test tooling.',
      files: [modified('requirements-dev.txt'), modified('setup.cfg')],
      expected: [],
      verdict: 'pass',
      repository: REQUESTS,
    },
    {
      id: 'requests-docs-and-ci',
      source: 'psf/requests',
      description: 'docs/api.rst and the run-tests workflow.',
      files: [modified('docs/api.rst'), modified('.github/workflows/run-tests.yml')],
      expected: [],
      verdict: 'pass',
      repository: REQUESTS,
    },
    {
      id: 'go-api-types',
      source: 'argoproj/argo-workflows',
      description: 'api/workflow/v1/types.go and api/openapi-spec/swagger.json: a Go API, not a model server.',
      files: [modified('api/workflow/v1/types.go'), modified('api/openapi-spec/swagger.json')],
      expected: [],
      verdict: 'pass',
      repository: ['README.md', 'api/openapi-spec/swagger.json', 'api/workflow/v1/types.go', 'go.mod'],
    },
    {
      id: 'hugo-data-dir',
      source: 'Hugo sites (data/ holds site data files)',
      description: 'data/authors.yaml in a static site: the root data/ directory the preset treats as datasets.',
      files: [modified('data/authors.yaml')],
      expected: [],
      verdict: 'pass',
      repository: ['README.md', 'config.toml', 'data/authors.yaml', 'content/_index.md', 'layouts/index.html'],
    },
    {
      id: 'flask-web-app',
      source: 'Flask web applications (app.py entry point)',
      description: 'app.py of a web shop raises a page size: a Flask app that serves no model.',
      files: [modified('app.py')],
      expected: [],
      verdict: 'pass',
      repository: ['README.md', 'app.py', 'db.py', 'requirements.txt', 'templates/orders.html'],
      contents: {
        base: {
          'app.py':
            'from flask import Flask, jsonify\nfrom .db import load_orders\n\napp = Flask(__name__)\n\n@app.route("/orders")\ndef orders():\n    return jsonify(load_orders(limit=50))\n',
        },
        head: {
          'app.py':
            'from flask import Flask, jsonify\nfrom .db import load_orders\n\napp = Flask(__name__)\n\n@app.route("/orders")\ndef orders():\n    return jsonify(load_orders(limit=100))\n',
        },
      },
    },
  ],
});
