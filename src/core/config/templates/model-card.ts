/** The model card `ml-docs-guard init` suggests: what the model is, how it was made, how it does. */
export const MODEL_CARD = `# Model card

<!-- Update this card in the pull request that changes the model, its training or its
hyperparameters. Replace each comment with your own text; keep the headings. -->

## Model details

<!-- Task, architecture (backbone, layers, size), framework and version, owners, licence, and
where the trained artefact lives (path, registry name, DVC pointer). -->

## Intended use

<!-- Who uses the model and for what; uses that are out of scope. -->

## Training data

<!-- The datasets and their versions used for training and validation. Link the datasheet
(DATASHEET.md) rather than repeating it. -->

## Training procedure

<!-- The training algorithm: objective, optimiser, learning-rate schedule, hardware, duration,
random seeds, and the command and config that reproduce a run. -->

### Hyperparameters

| Name | Value | Why |
| --- | --- | --- |
| <!-- learning_rate --> | | |

## Evaluation

<!-- Evaluation data, protocol (splits, cross-validation, baselines) and how to run it. -->

### Metrics

| Metric | Data / split | Value |
| --- | --- | --- |
| <!-- accuracy --> | | |

## Limitations

<!-- Known failure modes, biases, conditions the model was not evaluated under, risks. -->

## Versions

| Version | Date | What changed | Metrics |
| --- | --- | --- | --- |
| <!-- 1.0.0 --> | | | |
`;
