// The check stage (product.md §2): pure comparison of expected against actual, one task at a time.

export { compare } from './compare.js'
export { bareTree, summarizeTree } from './tree-index.js'
export { nodeLabel } from './labels.js'
