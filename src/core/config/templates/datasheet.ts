/** The datasheet `ml-docs-guard init` suggests: where the data comes from and what was done to it. */
export const DATASHEET = `# Datasheet

<!-- Update this datasheet in the pull request that changes the data, its processing or its
splits. Replace each comment with your own text; keep the headings. -->

## Motivation

<!-- Why the dataset exists, which task it serves, who created and funds it. -->

## Composition

<!-- What one record is, how many there are, fields and labels, known gaps, errors or noise,
and whether it holds personal or sensitive data. -->

## Collection

<!-- Where the data comes from (sources, dates, versions), how it was collected or sampled,
and who was involved. -->

## Preprocessing

<!-- Cleaning, filtering, labelling and transformations applied, in order, with the code or
pipeline stage that applies each one. -->

## Splits

<!-- How the data is split into training, validation and test sets: method, proportions, seed,
and what keeps the splits from leaking into each other. -->

## Uses

<!-- Models and analyses that use the dataset; uses it is not suited for. -->

## Distribution

<!-- Where the dataset is stored (remote, bucket, DVC pointer), who can access it, licence. -->

## Maintenance

<!-- Who maintains it, how often it is refreshed, how versions are named, how errors are
reported. -->
`;
