// The check stage (product.md §2): pure comparison of expected against actual, one task at a time.

export { compare, type CompareOptions } from './compare.js'
export {
  mergeComparisons,
  subprocessTargets,
  subprocessTask,
  uncheckedSubprocess,
  type SubprocessTarget
} from './subprocess.js'
export { bareTree, childrenOf, indexTree, isNode, stateOf, summarizeTree } from './tree-index.js'
export { nodeLabel } from './labels.js'
export { policyOf } from './unlisted.js'
export { applyTaskSeverity } from './severity.js'
