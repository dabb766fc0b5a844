/** The pipeline document `ml-docs-guard init` suggests: how training, validation and deployment run. */
export const PIPELINE_DOC = `# Pipeline

<!-- Update this document in the pull request that changes a pipeline, a scheduled job or the
dependencies of a run. Replace each comment with your own text; keep the headings. -->

## Workflow

<!-- The stages from raw data to a deployed model, what triggers each one, and how to run the
whole pipeline locally. -->

### Training

<!-- Stages, inputs and outputs, command, where artefacts and metrics are stored. -->

### Validation

<!-- Checks a model must pass before it is promoted (metrics thresholds, tests, reviews). -->

### Deployment

<!-- How a validated model is released, by whom or by which automation. -->

## Schedules

<!-- Scheduled jobs (retraining, data refreshes, batch scoring): when they run, where they are
defined, what happens when one fails. -->

## Dependencies

<!-- Environments and dependency files, pinned versions that matter, external services and
upstream data the pipeline depends on. -->
`;
