// The BKFlow client: the gate's endpoints, each request rate-limited, timed out, classified and
// retried until the caller's deadline.

import {
  ENDPOINTS,
  OPERATION_ENDPOINTS,
  type ApiEndpoint,
  type CallOptions,
  type NodeDetail,
  type NodeNames,
  type State,
  type TaskRef,
  type TreeNode
} from '../model.js'
import { ACTION_SETTINGS, type SettingNames } from '../settings.js'

export type { CallOptions, TaskRef }
import { Redactor, isMaskable, shortSecretNotice } from '../secrets.js'
import { clampTimer, sleep as realSleep } from '../sleep.js'
import { isSizeFailure, readBatch, type BatchProgress, type SendBatch } from './batch.js'
import { classifyResponse, describe, settingNames, type RequestContext } from './classify.js'
import { BkflowError } from './errors.js'
import { RequestLimiter } from './limiter.js'
import { TaskOperations, type Send, type SendHooks } from './operations.js'
import { parseBatchStates, parseNodeDetail, parseNodeNames, parseStateTree } from './parse.js'
import { retryWithDeadline, secondsText } from './retry.js'
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
  /**
   * Called before any request with each secret value (the secret, the access token, the header)
   * long enough to mask (see MIN_SECRET_LENGTH).
   */
  onSecret?: (value: string) => void
  /** Called with one-time notices for the log, e.g. that a very short secret was not masked. */
  onNotice?: (message: string) => void
  /**
   * How long the client keeps retrying a setup failure (DNS, refused, TLS, an HTML page) before
   * any request has been answered (default 60000): a wrong api-url fails fast, not at the timeout.
   */
  setupBudgetMs?: number
  /** The largest answer read, counted while it streams (default 64 MiB). */
  maxBodyBytes?: number
  /** How error messages name the settings to fix (default: the action's inputs). */
  settings?: SettingNames
  /** Called before each retry wait; `reason` never contains a secret. */
  onRetry?: (info: {
    endpoint: ApiEndpoint
    attempt: number
    delayMs: number
    reason: string
  }) => void
}

export interface TaskDetail {
  name?: string
  /** The task's own space (a subprocess child lives in its template's space). */
  spaceId?: number
  names: NodeNames
}

/** About a minute of retries is enough to tell a wrong setup from a hiccup. */
export const SETUP_BUDGET_MS = 60_000

/** Far above the biggest real tree (100,000 nodes is about 30 MiB), far below what breaks V8. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024

/**
 * The deadline cuts a request in flight, but never to less than this: the first look at a task
 * happens even when its timeout is zero.
 */
const MIN_REQUEST_MS = 1000

/** Socket and TLS errors that mean the setup is wrong (not a passing hiccup such as ECONNRESET). */
const SETUP_ERRORS: Record<string, string> = {
  ENOTFOUND: 'the host name does not resolve (DNS)',
  EAI_AGAIN: 'the host name could not be resolved (DNS)',
  EAI_FAIL: 'the host name could not be resolved (DNS)',
  ECONNREFUSED: 'the connection was refused',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  EADDRNOTAVAIL: 'the address is not available',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  ETIMEDOUT: 'the connection timed out',
  EPROTO: 'the TLS handshake failed',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the TLS certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'the TLS certificate chain is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the TLS certificate cannot be verified',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the TLS certificate issuer is unknown',
  CERT_HAS_EXPIRED: 'the TLS certificate has expired',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the TLS certificate is for another host name',
  ERR_SSL_WRONG_VERSION_NUMBER: 'the server does not speak TLS on that port'
}

/** The batch endpoint has no size limit, but a bounded body keeps one slow task from stalling a round. */
export const BATCH_SIZE = 100

/** BKFlow's task-state API behind the BlueKing API gateway. */
export class BkflowClient {
  /** HTTP requests sent per endpoint; every attempt counts. */
  readonly counts: Record<ApiEndpoint, number>
  /** Create, start, revoke and list tasks (product.md §12), through this client's request path. */
  readonly operations: TaskOperations
  private readonly base: ApiBase
  private readonly header: string
  private readonly redactor: Redactor
  private readonly proxy: string | undefined
  private readonly setupBudgetMs: number
  private readonly maxBodyBytes: number
  /** Whether any request got an answer from BKFlow: after that, the setup is known to work. */
  private answered = false
  /** When the first setup failure happened (while nothing was answered yet). */
  private setupFailingSince: number | undefined
  private readonly limiter: RequestLimiter
  private readonly fetchImpl: typeof fetch
  private readonly now: () => number
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  private readonly random: () => number
  /** Per space: the batch size BKFlow last answered after a chunk had to be split. */
  private readonly batchFits = new Map<number, number>()
  private readonly names: SettingNames

  /** Throws BkflowError 'config' for a bad apiUrl or option, 'insecure' for plain http. */
  constructor(private readonly options: ClientOptions) {
    const names = (this.names = options.settings ?? ACTION_SETTINGS)
    this.base = parseApiBase(options.apiUrl, options.allowHttp, names)
    if (options.appCode.trim() === '' || options.appSecret === '') {
      throw new BkflowError({
        kind: 'config',
        retryable: false,
        message: `${names.appCode} and ${names.appSecret} are required.`
      })
    }
    for (const [name, value] of [
      [names.rateLimit, options.rateLimitPerMinute],
      [names.maxConcurrency, options.maxConcurrency],
      [names.requestTimeout, options.requestTimeoutMs]
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
    this.redactor = new Redactor()
    for (const [name, secret] of [
      [names.appSecret, options.appSecret],
      [names.accessToken, options.accessToken ?? ''],
      ['authorization header', this.header]
    ] as const) {
      if (secret === '') continue
      if (isMaskable(secret)) {
        this.redactor.add(secret)
        options.onSecret?.(secret)
      } else {
        options.onNotice?.(shortSecretNotice(name))
      }
    }
    this.now = options.now ?? Date.now
    this.sleep = options.sleep ?? realSleep
    this.random = options.random ?? Math.random
    this.setupBudgetMs = options.setupBudgetMs ?? SETUP_BUDGET_MS
    this.maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES
    const selected = selectFetch(this.base.url, options.env ?? process.env, options.fetch)
    this.fetchImpl = selected.fetch
    this.proxy = selected.proxy
    this.limiter = new RequestLimiter({
      perMinute: options.rateLimitPerMinute,
      concurrency: options.maxConcurrency,
      settings: names,
      now: this.now,
      sleep: this.sleep
    })
    this.counts = Object.fromEntries(
      [...ENDPOINTS, ...OPERATION_ENDPOINTS].map((e) => [e, 0])
    ) as Record<ApiEndpoint, number>
    const send: Send = (request) =>
      this.request(
        request.endpoint,
        request.method,
        request.path,
        request.ids,
        request.call,
        request.body,
        request.interpret,
        request.hooks
      )
    this.operations = new TaskOperations(send, {
      username: options.username,
      hasUser: Boolean(options.username || options.accessToken)
    })
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
  // `hooks.settle` sees each failed attempt first: it may accept it or make it permanent.
  private async request<T = unknown>(
    endpoint: ApiEndpoint,
    method: 'GET' | 'POST',
    resourcePath: string,
    ids: { taskId?: number; spaceId?: number },
    call: CallOptions & StopRetrying,
    body?: unknown,
    interpret: (data: unknown) => T = (data) => data as T,
    hooks: SendHooks<T> = {}
  ): Promise<T> {
    const url = joinUrl(this.base, resourcePath)
    const ctx: RequestContext = {
      endpoint,
      method,
      path: new URL(url).pathname,
      appCode: this.options.appCode,
      redact: (text) => this.redact(text),
      settings: this.names,
      ...ids
    }
    try {
      return await retryWithDeadline(
        async () => {
          try {
            const data = await this.attempt(url, ctx, body, call).catch((error: unknown) => {
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
          } catch (error: unknown) {
            if (hooks.settle === undefined || !(error instanceof BkflowError)) throw error
            if (error.kind === 'cancelled') throw error
            const settled = hooks.settle(error)
            if (settled instanceof BkflowError) throw settled
            return settled.value
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

  // One HTTP exchange, body included, inside a limiter slot; the deadline bounds both.
  private async attempt(
    url: string,
    ctx: RequestContext,
    body: unknown,
    call: CallOptions
  ): Promise<unknown> {
    const { signal, deadline } = call
    const release = await this.limiter.acquire(signal, deadline)
    this.counts[ctx.endpoint] += 1
    // The deadline cuts the request when it comes before request-timeout does.
    const left = Math.max(deadline - this.now(), MIN_REQUEST_MS)
    const limitMs = Math.min(this.options.requestTimeoutMs, left)
    const cutByDeadline = left < this.options.requestTimeoutMs
    // One controller per request, with a real timer and a listener removed afterwards: a poll makes
    // thousands of requests under one long-lived caller signal, which must not collect them.
    const controller = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, clampTimer(limitMs))
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
      text = await readBody(response, this.maxBodyBytes, ctx)
    } catch (error: unknown) {
      if (error instanceof BkflowError && !signal?.aborted && !timedOut) throw error
      throw this.networkFailure(error, ctx, signal, timedOut && !cutByDeadline, timedOut)
    } finally {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onCancel)
      release()
    }
    // A real answer never holds our credentials; one that echoes them (raw, JSON-escaped or in
    // any other encoding) must not carry them into a tree, a plan or a report. Parsing first
    // reveals what `\u` escapes hide; quotes of the raw text are redacted before they are cut.
    const parsed = parseRedacted(text, this.redactor)
    let outcome = classifyResponse({ status, headers, body: text, parsed }, ctx, this.now())
    if (outcome instanceof BkflowError && outcome.kind === 'unreachable') {
      outcome = this.setupFailure(outcome)
    } else {
      this.answered = true
    }
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
    timedOut: boolean,
    cutByDeadline: boolean
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
        message: `BKFlow did not answer ${describe(ctx)} within ${this.options.requestTimeoutMs} ms (${this.names.requestTimeout}).`
      })
    }
    if (cutByDeadline) {
      return new BkflowError({
        kind: 'deadline',
        retryable: false,
        endpoint: ctx.endpoint,
        message: `BKFlow had not answered ${describe(ctx)} when the task's timeout came: the request was cut.`
      })
    }
    const code = errorCode(error)
    const setup = code === undefined ? undefined : SETUP_ERRORS[code]
    if (setup !== undefined) {
      const via = this.proxy === undefined ? '' : ` through the proxy ${this.proxy}`
      const check =
        this.proxy === undefined
          ? `check ${this.names.apiUrl} (and HTTPS_PROXY / NO_PROXY if this network needs a proxy)`
          : `check ${this.names.apiUrl} and the proxy variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY)`
      return this.setupFailure(
        new BkflowError({
          kind: 'unreachable',
          retryable: true,
          endpoint: ctx.endpoint,
          message: `BKFlow cannot be reached at ${this.base.url.host}${via}: ${setup} (${this.redact(networkReason(error))}): ${check}.`
        })
      )
    }
    return new BkflowError({
      kind: 'transient',
      retryable: true,
      endpoint: ctx.endpoint,
      message: `The connection to BKFlow failed on ${describe(ctx)}: ${this.redact(networkReason(error))}.`
    })
  }

  // Until something was answered, a setup failure is retried only within the setup budget.
  private setupFailure(error: BkflowError): BkflowError {
    if (this.answered) return error
    const now = this.now()
    this.setupFailingSince ??= now
    const retryUntil = this.setupFailingSince + this.setupBudgetMs
    const spent = now >= retryUntil
    return new BkflowError({
      kind: error.kind,
      retryable: !spent,
      endpoint: error.endpoint,
      status: error.status,
      message: spent
        ? `${error.message} (still failing after ${secondsText(now - this.setupFailingSince)}: not retried any more)`
        : error.message,
      retryUntil
    })
  }

  private redact(text: string): string {
    return this.redactor.redact(text)
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

/** The socket or TLS error code undici puts in `cause` (ECONNREFUSED, CERT_HAS_EXPIRED, …). */
function errorCode(error: unknown): string | undefined {
  // By shape, not class: fetch's errors may come from another realm (a test VM, a bundled undici).
  const cause = isRecord(error) ? error.cause : undefined
  const code = isRecord(cause) ? cause.code : undefined
  return typeof code === 'string' ? code : undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/**
 * The body as text, counted while it streams: over `maxBytes` the read stops and the answer is a
 * permanent error (asking again would only fetch the same flood).
 */
async function readBody(
  response: Response,
  maxBytes: number,
  ctx: RequestContext
): Promise<string> {
  const tooLarge = (): BkflowError =>
    new BkflowError({
      kind: 'too_large',
      retryable: false,
      endpoint: ctx.endpoint,
      status: response.status,
      message: `BKFlow's answer to ${describe(ctx)} is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB, far more than any real task: the gate stopped reading it. Check ${settingNames(ctx).apiUrl} and any proxy in between.`
    })
  const declared = Number(response.headers.get('content-length') ?? '')
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined)
    throw tooLarge()
  }
  if (response.body === null) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge()
    }
    chunks.push(value)
  }
  // TextDecoder drops a UTF-8 BOM, as response.text() does.
  return new TextDecoder().decode(Buffer.concat(chunks, total))
}

/** The body parsed as JSON with every string and key redacted, or undefined when it is not JSON. */
function parseRedacted(text: string, redactor: Redactor): { value: unknown } | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  return { value: redactor.redactValue(value) }
}

function networkReason(error: unknown): string {
  if (!isRecord(error)) return String(error)
  // undici reports "fetch failed" and puts the socket error (ECONNRESET, …) in `cause`; by shape,
  // as errorCode, since the error may come from another realm.
  const cause = error.cause
  if (isRecord(cause) && typeof cause.message === 'string') {
    const code = errorCode(error)
    return code === undefined ? cause.message : `${code} (${cause.message})`
  }
  return typeof error.message === 'string' ? error.message : String(error)
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
