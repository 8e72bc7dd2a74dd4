// The sticky pull-request comment: one per spec path and shard (or per merge), found again by a
// hidden marker and updated in place. Every failure to publish is a warning; the gate's verdict
// never depends on it.

import type { RunResult } from '../model.js'
import { renderSummary } from './summary.js'

/** Starts the hidden marker that identifies this gate's comment for one spec path. */
export const COMMENT_MARKER_PREFIX = '<!-- bkflow-gate:'

/**
 * What one sticky comment stands for: the spec path, plus ` shard i/n` for a matrix shard, so
 * shards of one spec keep a comment each instead of overwriting one another. Without a shard it is
 * the path alone, so comments written before shards had their own are still found.
 */
export function commentKey(specPath: string, shard?: { index: number; count: number }): string {
  return shard ? `${specPath} shard ${shard.index}/${shard.count}` : specPath
}

/** The merged comment's key (mode merge): its own, named by the reports it merges. */
export function mergedCommentKey(reports: string): string {
  const patterns = reports
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
  return `merge of ${patterns.join(', ')}`
}

/** GitHub refuses issue comments longer than 65,536 characters. */
export const COMMENT_MAX_CHARS = 65_536

/** The hidden marker for a comment key; `--` and `>` are encoded so the key cannot end the HTML comment. */
export function commentMarker(key: string): string {
  const safe = key.replace(/[%<>\r\n]/g, (c) => encodeURIComponent(c)).replace(/--/g, '-%2D')
  return `${COMMENT_MARKER_PREFIX}${safe} -->`
}

/** The comment's body: the marker, then the job summary shortened to fit GitHub's comment limit. */
export function renderComment(run: RunResult, key: string): string {
  const marker = commentMarker(key)
  // Bytes never undercount characters, so a summary within this many bytes fits the character limit.
  const room = COMMENT_MAX_CHARS - marker.length - 1
  return `${marker}\n${renderSummary(run, { maxBytes: room })}`
}

/** Where to send GitHub REST calls: the argument, else GITHUB_API_URL (GitHub Enterprise Server), else github.com. */
function apiBase(apiUrl: string | undefined): string {
  const base = apiUrl || process.env.GITHUB_API_URL || 'https://api.github.com'
  return base.replace(/\/+$/, '')
}

/**
 * Creates or updates the pull request's comment for `key`: lists the comments (all pages), updates
 * the first one that starts with the key's marker, or creates one. With `updateOnly` (a passing run
 * under `comment: on-failure`) it updates an existing comment, so an earlier failure does not stay
 * red, and creates none ('none'). Never throws: without permission (fork pull requests, a token
 * lacking `pull-requests: write`) or on any other failure it logs a warning and returns 'skipped'.
 */
export async function publishComment(args: {
  token: string
  apiUrl?: string
  owner: string
  repo: string
  issueNumber: number
  key: string
  body: string
  updateOnly?: boolean
  log: { warning(msg: string): void; info(msg: string): void }
}): Promise<'created' | 'updated' | 'none' | 'skipped'> {
  const { owner, repo, issueNumber: issue_number, log } = args
  const marker = commentMarker(args.key)
  let body = args.body.startsWith(marker) ? args.body : `${marker}\n${args.body}`
  if (body.length > COMMENT_MAX_CHARS) body = body.slice(0, COMMENT_MAX_CHARS)
  try {
    // Loaded only when a comment is written: @actions/github is large and the action starts faster without it.
    const { getOctokit } = await import('@actions/github')
    const octokit = getOctokit(args.token, { baseUrl: apiBase(args.apiUrl) })
    let existing: number | undefined
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number,
      per_page: 100
    })) {
      // The marker opens the body; a reply that quotes it elsewhere is someone else's comment.
      existing = page.data.find((c) => typeof c.body === 'string' && c.body.startsWith(marker))?.id
      if (existing !== undefined) break
    }
    if (existing !== undefined) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing, body })
      log.info(`Updated the pull-request comment for ${args.key}.`)
      return 'updated'
    }
    if (args.updateOnly) {
      log.info(`No earlier pull-request comment for ${args.key}; none written for a pass.`)
      return 'none'
    }
    await octokit.rest.issues.createComment({ owner, repo, issue_number, body })
    log.info(`Commented on pull request #${issue_number} for ${args.key}.`)
    return 'created'
  } catch (error: unknown) {
    log.warning(warningFor(error, args.token))
    return 'skipped'
  }
}

function warningFor(error: unknown, token: string): string {
  const status =
    typeof error === 'object' &&
    error !== null &&
    'status' in error &&
    typeof error.status === 'number'
      ? error.status
      : undefined
  let detail = error instanceof Error ? error.message : String(error)
  // The token must not reach the log even if a library put it in a message.
  if (token) detail = detail.split(token).join('***')
  detail = detail.replace(/[\r\n]+/g, ' ').slice(0, 300)
  const hint =
    status === 403 || status === 404 || status === 401
      ? ' The token may lack `pull-requests: write` (pull requests from forks get a read-only token).'
      : ''
  const code = status === undefined ? '' : `HTTP ${status}: `
  return `Could not write the pull-request comment (${code}${detail}).${hint} The gate's result is unchanged.`
}
