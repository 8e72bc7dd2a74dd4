// The BKFlow client's public surface: the scheduler and the CLI import from here only.

export {
  BATCH_SIZE,
  BkflowClient,
  type CallOptions,
  type ClientOptions,
  type TaskDetail,
  type TaskRef
} from './client.js'
export { BkflowError, isBkflowError, type BkflowErrorKind } from './errors.js'
export { parseBatchStates, parseNodeDetail, parseNodeNames, parseStateTree } from './parse.js'
