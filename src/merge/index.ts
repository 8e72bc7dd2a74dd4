// Merge: JSON reports of several runs in, one result model out (for the same renderers).

export { mergeReports, toTaskResult, type Merged, type ReportFile } from './from-reports.js'
export { readReports } from './read-reports.js'
