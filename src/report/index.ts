// The reports of a run: plan text, job summary, annotations, outputs, JSON report, PR comment.
// Every renderer is a pure function of the result model; only the wiring writes to the runner.

export { renderPlan, planText, type Plan } from './plan.js'
export { shouldColor, LEGEND } from './symbols.js'
export {
  renderSummary,
  renderDiagnosticsSummary,
  renderErrorSummary,
  SUMMARY_MAX_BYTES
} from './summary.js'
export {
  toAnnotations,
  diagnosticsToAnnotations,
  annotationPath,
  MAX_ANNOTATIONS,
  type Annotation
} from './annotations.js'
export { OUTPUTS, toOutputs, failedNodes, taskIdsJson, type FailedNode } from './outputs.js'
export {
  toJsonReport,
  type JsonReport,
  type JsonTask,
  type JsonFinding,
  type JsonRow,
  type JsonInstant,
  type JsonNodeExpectation
} from './json-report.js'
export { validateReport, type ReportProblem } from './validate-report.js'
export {
  COMMENT_MARKER_PREFIX,
  COMMENT_MAX_CHARS,
  commentKey,
  commentMarker,
  mergedCommentKey,
  renderComment,
  publishComment
} from './comment.js'
export { redactCredentials } from './redact.js'
export { footerLine } from './describe.js'
export {
  progressLines,
  sharedErrors,
  sharedErrorKey,
  type SharedError,
  type SettledEvent
} from './shared-errors.js'
export { renderJunit } from './junit.js'
export { md } from './markdown.js'
