/** The deployment document `ml-docs-guard init` suggests: how the model runs in production. */
export const DEPLOYMENT_DOC = `# Deployment

<!-- Update this document in the pull request that changes how the model is built, served,
configured, scaled or monitored. Replace each comment with your own text; keep the headings. -->

## Environment

<!-- Where the model runs (cloud, cluster, region, hardware), runtime and image, and the
environments a release goes through (staging, production). -->

## Configuration

<!-- Settings, environment variables and secrets the service reads, with their defaults, and
which model version each environment serves. -->

## Architecture

<!-- Components and how requests flow between them: API, model server, feature store, queues,
caches, storage. -->

## Scaling

<!-- Replicas, autoscaling rules and limits, resource requests, batch sizes, expected load. -->

## Monitoring

<!-- Dashboards, alerts and who is paged; how data drift and model quality are watched. -->

### Production metrics

| Metric | Target | Alert when |
| --- | --- | --- |
| <!-- p95 latency --> | | |

## Rollback

<!-- How to return to the previous model or release, and how to tell that it worked. -->
`;
