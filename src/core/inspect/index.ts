export { inspectFile } from './inspect-file.js';
export { CHANGE_KINDS, isChangeKind, type ChangeKind } from './change-kinds.js';
export { INSPECTORS } from './inspectors.js';
export type { Inspector, InspectInput } from './inspector.js';
export { DEFAULT_READ_BUDGET, ReadBudgetExceeded, refuseReads } from './read-budget.js';
