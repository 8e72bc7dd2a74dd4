// The BKFlow client: the gate's endpoints, each request rate-limited, timed out, classified and
// retried until the caller's deadline.

import { setTimeout as delay } from 'node:timers/promises'
import {
  ENDPOINTS,
  type CallOptions,
  type Endpoint,
  type NodeDetail,
  type NodeNames,
  type State,
  type TaskRef,
  type TreeNode
} from '../model.js'

export type { CallOptions, TaskRef }
import { isSizeFailure, readBatch, type BatchProgress, type SendBatch } from './batch.js'
import { classifyResponse, describe, type RequestContext } from './classify.js'
import { BkflowError } from './errors.js'
import { RequestLimiter } from './limiter.js'
import { parseBatchStates, parseNodeDetail, parseNodeNames, parseStateTree } from './parse.js'
import { retryWithDeadline } from './retry.js'
import { buildAuthHeader, joinUrl, parseApiBase, selectFetch, type ApiBase } from './transport.js'

export interface ClientOptions {
  /** Gateway base, with or without /api/…; a trailing slash is fine. */
  apiUrl: string
  appCode: string
  appSecret: string
  username?: string
  accessToken?: string
  /** All requests together (the action's default is 600; the gateway allows 5000 per app). */
  rateLimitPerMinute: number
  /** Requests in flight at once (default 4). */
  maxConcurrency: number
  /** One HTTP request, body included (default 30000). A real timer, whatever `now` is. */
  requestTimeoutMs: number
  /** Permit plain http:// to a non-loopback host. */
  allowHttp: boolean
  /** For HTTPS_PROXY/https_proxy/HTTP_PROXY/NO_PROXY; default process.env. */
  env?: Record<string, string | undefined>
  /** Default: global fetch, or undici's fetch through a ProxyAgent when a proxy applies. */
  fetch?: typeof fetch
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /** Epoch ms; deadlines are on this clock. */
  now?: () => number
  /** For jitter, in [0, 1). */
  random?: () => number
  /** Called before any request with each secret value (the secret, the access token, the header). */
  onSecret?: (value: string) => void
  /** Called before each retry wait; `reason` never contains a secret. */
  onRetry?: (info: { endpoint: Endpoint; attempt: number; delayMs: number; reason: string }) => void
}

export interface TaskDetail {
  name?: string
  /** The task's own space (a subprocess child lives in its template's space). */
  spaceId?: number
  names: NodeNames
}

/** The batch endpoint has no size limit, but a bounded body keeps one slow task from stalling a round. */
const BATCH_SIZE = 100

/** BKFlow's task-state API behind the BlueKing API gateway. */
export class BkflowClient {
  /** HTTP requests sent per endpoint; every attempt counts. */
  readonly counts: Record<Endpoint, number>
  private readonly base: ApiBase
  private readonly header: string
  private readonly secrets: string[]
  private readonly secretForms: string[]
  private readonly limiter: RequestLimiter
  private readonly fetchImpl: typeof fetch
  private readonly now: () => number
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  private readonly random: () => number
  /** Per space: the batch size BKFlow last answered after a chunk had to be split. */
  private readonly batchFits = new Map<number, number>()

  /** Throws BkflowError 'config' for a bad apiUrl or option, 'insecure' for plain http. */
  constructor(private readonly options: ClientOptions) {
    this.base = parseApiBase(options.apiUrl, options.allowHttp)
    if (options.appCode.trim() === '' || options.appSecret === '') {
      throw new BkflowError({
        kind: 'config',
        retryable: false,
        message: 'app-code and app-secret are required.'
      })
    }
    for (const [name, value] of [
      ['rate-limit', options.rateLimitPerMinute],
      ['max-concurrency', options.maxConcurrency],
      ['request-timeout', options.requestTimeoutMs]
    ] as const) {
      if (!Number.isFinite(value) || value <= 0) {
        throw new BkflowError({
          kind: 'config',
          retryable: false,
          message: `${name} must be a positive number (got ${value}).`
        })
      }
    }
    this.header = buildAuthHeader(options)
    this.secrets = [options.appSecret, options.accessToken ?? '', this.header].filter(
      (s) => s !== ''
    )
    for (const secret of this.secrets) options.onSecret?.(secret)
    // Longest first (the header holds the secret), raw and as it reads inside a JSON string.
    this.secretForms = [
      ...new Set(this.secrets.flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]))
    ].sort((a, b) => b.length - a.length)
    this.now = options.now ?? Date.now
    this.sleep = options.sleep ?? defaultSleep
    this.random = options.random ?? Math.random
    this.fetchImpl = selectFetch(this.base.url, options.env ?? process.env, options.fetch).fetch
    this.limiter = new RequestLimiter({
      perMinute: options.rateLimitPerMinute,
      concurrency: options.maxConcurrency,
      now: this.now,
      sleep: this.sleep
    })
    this.counts = Object.fromEntries(ENDPOINTS.map((e) => [e, 0])) as Record<Endpoint, number>
  }

  /** The task's state tree: get_task_states when the task has a space, else get_task_states_by_app. */
  async getTaskStates(ref: TaskRef, call: CallOptions): Promise<TreeNode> {
    const taskId = checkId(ref.taskId, 'task_id')
    const data =
      ref.spaceId === undefined
        ? await this.request(
            'get_task_states_by_app',
            'GET',
            `/task/${taskId}/get_task_states_by_app/`,
            { taskId },
            call
          )
        : await this.request(
            'get_task_states',
            'GET',
            `/space/${checkId(ref.spaceId, 'space_id')}/task/${taskId}/get_task_states/`,
            { taskId, spaceId: ref.spaceId },
            call
          )
    return parseStateTree(data)
  }

  /**
   * Root states of many tasks of one space, in POSTs of at most 100 ids (a chunk that times out or
   * fails with a 5xx is split, see batch.ts). Ids BKFlow omitted (unknown, deleted, other space)
   * are absent from the map; null is BKFlow's null state, or an id whose batch kept failing.
   */
  async getTasksStates(
    spaceId: number,
    taskIds: number[],
    call: CallOptions
  ): Promise<Map<number, State | null>> {
    checkId(spaceId, 'space_id')
    const ids = [...new Set(taskIds.map((id) => checkId(id, 'task_id')))]
    const size = this.batchFits.get(spaceId) ?? BATCH_SIZE
    const chunks: number[][] = []
    for (let i = 0; i < ids.length; i += size) chunks.push(ids.slice(i, i + size))
    const progress: BatchProgress = { read: false }
    const send: SendBatch = (chunk, mode) =>
      this.request(
        'get_tasks_states',
        'POST',
        `/space/${spaceId}/get_tasks_states/`,
        { spaceId },
        mode === 'split' ? { ...call, stopRetrying: isSizeFailure } : call,
        { task_ids: chunk },
        (payload) => parseBatchStates(payload, chunk)
      )
    const maps = await Promise.all(chunks.map((chunk) => readBatch(chunk, send, progress)))
    // The next round starts from the size BKFlow answered, instead of splitting all over again.
    if (progress.fits !== undefined) this.batchFits.set(spaceId, Math.min(size, progress.fits))
    const states = new Map<number, State | null>()
    for (const map of maps) for (const [id, state] of map) states.set(id, state)
    return states
  }

  /**
   * The task's name, space and pipeline nodes (names, template node ids, component codes,
   * auto-retry settings) from get_task_detail.
   */
  async getTaskDetail(
    ref: { taskId: number; spaceId: number },
    call: CallOptions
  ): Promise<TaskDetail> {
    const taskId = checkId(ref.taskId, 'task_id')
    const spaceId = checkId(ref.spaceId, 'space_id')
    return this.request(
      'get_task_detail',
      'GET',
      `/space/${spaceId}/task/${taskId}/get_task_detail/`,
      { taskId, spaceId },
      call,
      undefined,
      (data) => {
        if (typeof data !== 'object' || data === null || Array.isArray(data)) {
          throw malformedDetail('the detail is not an object')
        }
        const detail = data as Record<string, unknown>
        const tree = detail.pipeline_tree
        if (typeof tree !== 'object' || tree === null) {
          throw malformedDetail('the detail has no pipeline_tree')
        }
        const space = detail.space_id
        return {
          name: typeof detail.name === 'string' ? detail.name : undefined,
          ...(Number.isSafeInteger(space) && (space as number) > 0 && { spaceId: space as number }),
          names: parseNodeNames(tree)
        }
      }
    )
  }

  /**
   * One node's detail from get_task_node_detail: state, version, retry, loop, its failure text,
   * outputs and earlier attempts. `componentCode` makes BKFlow name the plugin's declared outputs
   * (e.g. `subprocess_plugin` → `{ name: "任务ID", key: "task_id" }`); an unknown code fails.
   */
  async getTaskNodeDetail(
    ref: { taskId: number; spaceId: number },
    nodeId: string,
    call: CallOptions,
    options: { componentCode?: string } = {}
  ): Promise<NodeDetail> {
    const taskId = checkId(ref.taskId, 'task_id')
    const spaceId = checkId(ref.spaceId, 'space_id')
    // BKFlow routes node_id as `\w+`: anything else would never reach the node (or reach another path).
    if (!/^\w+$/.test(nodeId)) {
      throw new BkflowError({
        kind: 'config',
        retryable: false,
        message: `node_id must be letters, digits and underscores (got ${JSON.stringify(nodeId.slice(0, 80))}).`
      })
    }
    const query =
      options.componentCode === undefined
        ? ''
        : `?${new URLSearchParams({ component_code: options.componentCode }).toString()}`
    return this.request(
      'get_task_node_detail',
      'GET',
      `/space/${spaceId}/task/${taskId}/node/${nodeId}/get_task_node_detail/${query}`,
      { taskId, spaceId },
      call,
      undefined,
      parseNodeDetail
    )
  }

  // One logical request: attempts through the limiter, retried until success, a permanent error or
  // the deadline. `interpret` runs inside the retry so a malformed payload is retried too.
  private async request<T = unknown>(
    endpoint: Endpoint,
    method: 'GET' | 'POST',
    resourcePath: string,
    ids: { taskId?: number; spaceId?: number },
    call: CallOptions & StopRetrying,
    body?: unknown,
    interpret: (data: unknown) => T = (data) => data as T
  ): Promise<T> {
    const url = joinUrl(this.base, resourcePath)
    const ctx: RequestContext = {
      endpoint,
      method,
      path: new URL(url).pathname,
      appCode: this.options.appCode,
      ...ids
    }
    try {
      return await retryWithDeadline(
        async () => {
          const data = await this.attempt(url, ctx, body, call.signal).catch((error: unknown) => {
            throw stopped(error, call.stopRetrying)
          })
          try {
            return interpret(data)
          } catch (error: unknown) {
            if (error instanceof BkflowError) {
              throw new BkflowError({
                kind: error.kind,
                retryable: error.retryable,
                endpoint,
                message: `${error.message} (${describe(ctx)})`
              })
            }
            throw error
          }
        },
        {
          deadline: call.deadline,
          now: this.now,
          sleep: this.sleep,
          random: this.random,
          signal: call.signal,
          onRetry: ({ attempt, delayMs, error }) =>
            this.options.onRetry?.({
              endpoint,
              attempt,
              delayMs,
              reason: this.redact(`${error.kind}: ${error.message}`)
            })
        }
      )
    } catch (error: unknown) {
      throw this.redactError(error)
    }
  }

  // One HTTP exchange, body included, inside a limiter slot.
  private async attempt(
    url: string,
    ctx: RequestContext,
    body: unknown,
    signal: AbortSignal | undefined
  ): Promise<unknown> {
    const release = await this.limiter.acquire(signal)
    this.counts[ctx.endpoint] += 1
    // One controller per request, with a real timer and a listener removed afterwards: a poll makes
    // thousands of requests under one long-lived caller signal, which must not collect them.
    const controller = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, this.options.requestTimeoutMs)
    const onCancel = () => controller.abort(signal?.reason)
    if (signal?.aborted) controller.abort(signal.reason)
    else signal?.addEventListener('abort', onCancel, { once: true })
    let status: number
    let headers: Headers
    let text: string
    try {
      const response = await this.fetchImpl(url, {
        method: ctx.method,
        headers: {
          'X-Bkapi-Authorization': this.header,
          Accept: 'application/json',
          'User-Agent': 'bkflow-gate',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' })
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
        // A redirect would carry X-Bkapi-Authorization to wherever it points: never follow one.
        redirect: 'manual'
      })
      status = response.status
      headers = response.headers
      // A real answer never holds our credentials; one that echoes them must not carry them into
      // a tree, a plan or a report.
      text = this.redact(await response.text())
    } catch (error: unknown) {
      throw this.networkFailure(error, ctx, signal, timedOut)
    } finally {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onCancel)
      release()
    }
    const outcome = classifyResponse({ status, headers, body: text }, ctx, this.now())
    if (outcome instanceof BkflowError) {
      // The gateway's window is shared by every request of this app: hold them all, not just this one.
      if (outcome.kind === 'rate_limited' && outcome.retryAfterMs !== undefined) {
        this.limiter.pauseUntil(this.now() + outcome.retryAfterMs)
      }
      throw outcome
    }
    return outcome.data
  }

  private networkFailure(
    error: unknown,
    ctx: RequestContext,
    signal: AbortSignal | undefined,
    timedOut: boolean
  ): BkflowError {
    if (signal?.aborted) {
      return new BkflowError({
        kind: 'cancelled',
        retryable: false,
        endpoint: ctx.endpoint,
        message: 'The request to BKFlow was cancelled.',
        cause: error
      })
    }
    if (timedOut) {
      return new BkflowError({
        kind: 'timeout',
        retryable: true,
        endpoint: ctx.endpoint,
        message: `BKFlow did not answer ${describe(ctx)} within ${this.options.requestTimeoutMs} ms (request-timeout).`
      })
    }
    return new BkflowError({
      kind: 'transient',
      retryable: true,
      endpoint: ctx.endpoint,
      message: `The connection to BKFlow failed on ${describe(ctx)}: ${this.redact(networkReason(error))}.`
    })
  }

  private redact(text: string): string {
    let out = text
    // `includes` first: a real answer holds no secret, and a copy of every body is garbage.
    for (const form of this.secretForms) if (out.includes(form)) out = out.split(form).join('***')
    return out
  }

  // Defence in depth: no classified message should hold a secret, but BKFlow's quoted text or a
  // network error could echo one.
  private redactError(error: unknown): unknown {
    if (!(error instanceof BkflowError)) return error
    const message = this.redact(error.message)
    const bkMessage = error.bkMessage === undefined ? undefined : this.redact(error.bkMessage)
    if (message === error.message && bkMessage === error.bkMessage) return error
    const clean = new BkflowError({
      kind: error.kind,
      retryable: error.retryable,
      endpoint: error.endpoint,
      status: error.status,
      bkMessage,
      retryAfterMs: error.retryAfterMs,
      message
    })
    clean.attempts = error.attempts
    return clean
  }
}

/** A caller's wish to get some retryable failures back at once (a batch to split, not resend). */
interface StopRetrying {
  stopRetrying?: (error: BkflowError) => boolean
}

/** The failure as permanent when the caller asked for it back at once; else unchanged. */
function stopped(error: unknown, stopRetrying: StopRetrying['stopRetrying']): unknown {
  if (!(error instanceof BkflowError) || !error.retryable || !stopRetrying?.(error)) return error
  return new BkflowError({
    kind: error.kind,
    retryable: false,
    endpoint: error.endpoint,
    status: error.status,
    bkMessage: error.bkMessage,
    message: error.message,
    cause: error
  })
}

function networkReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  // undici reports "fetch failed" and puts the socket error (ECONNRESET, …) in `cause`.
  const cause = error.cause
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code
    return code === undefined ? cause.message : `${code} (${cause.message})`
  }
  return error.message
}

function checkId(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new BkflowError({
      kind: 'config',
      retryable: false,
      message: `${name} must be a positive integer (got ${String(value)}).`
    })
  }
  return value
}

function malformedDetail(what: string): BkflowError {
  return new BkflowError({
    kind: 'malformed',
    retryable: true,
    message: `BKFlow returned an unexpected payload: ${what}.`
  })
}

async function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  await delay(ms, undefined, { signal })
}
