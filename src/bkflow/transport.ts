// The HTTP edge of the client: the base URL, the auth header, the plain-http refusal, the proxy
// decision and the fetch that honours it.

import type { ProxyAgent } from 'undici'
import { ACTION_SETTINGS, type SettingNames } from '../settings.js'
import { BkflowError } from './errors.js'

/** A checked gateway base: `origin` plus a path prefix without a trailing slash. */
export interface ApiBase {
  url: URL
  /** `https://bkapi.example.com/api/bk-flow-engine/prod` (no trailing slash). */
  prefix: string
}

/**
 * Parses and checks `api-url`. The path may or may not contain `/api/…` (installations differ);
 * a trailing slash is dropped so that resource paths, which keep theirs, join cleanly.
 * Throws 'config' for an unusable URL and 'insecure' for plain http to a non-loopback host; the
 * messages name the settings as `names` says (the action's inputs by default).
 */
export function parseApiBase(
  apiUrl: string,
  allowHttp: boolean,
  names: SettingNames = ACTION_SETTINGS
): ApiBase {
  let url: URL
  try {
    url = new URL(apiUrl.trim())
  } catch {
    throw configError(
      `${names.apiUrl} is not a valid URL: give the gateway base, such as https://bkapi.example.com/api/bk-flow-engine/prod.`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw configError(`${names.apiUrl} must use https:// (got ${url.protocol}//).`)
  }
  if (url.username !== '' || url.password !== '') {
    throw configError(
      `${names.apiUrl} must not contain credentials: pass them as ${names.appCode} and ${names.appSecret}.`
    )
  }
  if (url.search !== '' || url.hash !== '') {
    throw configError(
      `${names.apiUrl} must not contain a query or a fragment: give only the gateway base path.`
    )
  }
  if (url.protocol === 'http:' && !allowHttp && !isLoopbackHost(url.hostname)) {
    throw new BkflowError({
      kind: 'insecure',
      retryable: false,
      message: `${names.apiUrl} uses plain http:// to ${url.hostname}, which would send the app secret unencrypted: use https://, or ${names.allowHttp} if the network is trusted.`
    })
  }
  if (BAD_PORTS.has(url.port)) {
    throw configError(
      `${names.apiUrl} uses port ${url.port}, a "bad port" that fetch refuses to connect to (it belongs to another protocol): check ${names.apiUrl}; the gateway listens on 443 or another web port.`
    )
  }
  const prefix = `${url.origin}${url.pathname.replace(/\/+$/, '')}`
  return { url, prefix }
}

/**
 * The Fetch standard's "bad ports" (as undici lists them): fetch fails at once on them with a bare
 * "fetch failed", which would otherwise be retried as a network failure until the timeout.
 */
const BAD_PORTS: ReadonlySet<string> = new Set(
  (
    '1 7 9 11 13 15 17 19 20 21 22 23 25 37 42 43 53 69 77 79 87 95 101 102 103 104 109 110 111 ' +
    '113 115 117 119 123 135 137 139 143 161 179 389 427 465 512 513 514 515 526 530 531 532 540 ' +
    '548 554 556 563 587 601 636 989 990 993 995 1719 1720 1723 2049 3659 4045 4190 5060 5061 6000 ' +
    '6566 6665 6666 6667 6668 6669 6679 6697 10080'
  ).split(' ')
)

/** Joins the base and a resource path that starts with `/` and keeps its trailing slash. */
export function joinUrl(base: ApiBase, resourcePath: string): string {
  return `${base.prefix}${resourcePath}`
}

/** True for `localhost`, `*.localhost`, 127.0.0.0/8 and ::1 (as URL.hostname spells them). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '')
  if (host === 'localhost' || host.endsWith('.localhost')) return true
  if (host === '::1' || host === '0:0:0:0:0:0:0:1') return true
  if (/^::ffff:127\.\d+\.\d+\.\d+$/.test(host)) return true
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}

/** The credentials that go into `X-Bkapi-Authorization`. */
export interface Credentials {
  appCode: string
  appSecret: string
  username?: string
  accessToken?: string
}

/** The JSON value of `X-Bkapi-Authorization`; the user identity keys are sent only when given. */
export function buildAuthHeader(credentials: Credentials): string {
  const value: Record<string, string> = {
    bk_app_code: credentials.appCode,
    bk_app_secret: credentials.appSecret
  }
  if (credentials.username) value.bk_username = credentials.username
  if (credentials.accessToken) value.access_token = credentials.accessToken
  return JSON.stringify(value)
}

/**
 * The proxy to use for `target`, or undefined for a direct connection. Follows the convention of
 * @actions/http-client: `https_proxy`/`HTTPS_PROXY` for https targets, `http_proxy`/`HTTP_PROXY`
 * for http ones, `no_proxy`/`NO_PROXY` exclusions (`*`, hosts, `.domain` suffixes, `host:port`).
 * Loopback targets never go through a proxy.
 */
export function proxyFor(target: URL, env: Record<string, string | undefined>): string | undefined {
  if (isLoopbackHost(target.hostname)) return undefined
  const pick = (...names: string[]) =>
    names.map((n) => env[n]?.trim()).find((v): v is string => v !== undefined && v !== '')
  const proxy =
    target.protocol === 'https:'
      ? pick('https_proxy', 'HTTPS_PROXY')
      : pick('http_proxy', 'HTTP_PROXY')
  if (proxy === undefined) return undefined
  const noProxy = pick('no_proxy', 'NO_PROXY')
  if (noProxy !== undefined && isExcluded(target, noProxy)) return undefined
  return proxy
}

function isExcluded(target: URL, noProxy: string): boolean {
  const host = target.hostname.toLowerCase().replace(/^\[|\]$/g, '')
  const port = target.port !== '' ? target.port : target.protocol === 'https:' ? '443' : '80'
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase()
    if (entry === '') continue
    if (entry === '*') return true
    const match = /^(.*?)(?::(\d+))?$/.exec(entry.replace(/^\[|\](?=:|$)/g, ''))
    const name = (match?.[1] ?? entry).replace(/^\*?\./, '')
    const entryPort = match?.[2]
    if (entryPort !== undefined && entryPort !== port) continue
    if (host === name || host.endsWith(`.${name}`)) return true
  }
  return false
}

/**
 * The fetch to use for `target`: `override` when given, the global fetch for direct connections,
 * or undici's fetch through a ProxyAgent (which tunnels with CONNECT) when a proxy applies.
 */
export function selectFetch(
  target: URL,
  env: Record<string, string | undefined>,
  override?: typeof fetch
): { fetch: typeof fetch; proxy?: string } {
  if (override !== undefined) return { fetch: override }
  const proxy = proxyFor(target, env)
  if (proxy === undefined) return { fetch: globalThis.fetch }
  try {
    new URL(proxy)
  } catch {
    throw configError('The proxy URL in HTTPS_PROXY/HTTP_PROXY is not valid.')
  }
  // undici (~0.9 MB) is loaded only when a proxy applies: most runs connect directly.
  let agent: Promise<{ agent: ProxyAgent; fetch: typeof import('undici').fetch }> | undefined
  const proxied = async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    agent ??= import('undici').then((undici) => {
      try {
        return { agent: new undici.ProxyAgent(proxy), fetch: undici.fetch }
      } catch {
        throw configError('The proxy URL in HTTPS_PROXY/HTTP_PROXY is not valid.')
      }
    })
    const { agent: dispatcher, fetch: undiciFetch } = await agent
    return (await undiciFetch(String(input instanceof Request ? input.url : input), {
      ...(init as Parameters<typeof undiciFetch>[1]),
      dispatcher
    })) as unknown as Response
  }
  return { fetch: proxied as typeof fetch, proxy: redactProxy(proxy) }
}

// A proxy URL may carry user:password; only its host is ever shown.
function redactProxy(proxy: string): string {
  try {
    const url = new URL(proxy)
    return `${url.protocol}//${url.host}`
  } catch {
    return 'the configured proxy'
  }
}

function configError(message: string): BkflowError {
  return new BkflowError({ kind: 'config', retryable: false, message })
}
