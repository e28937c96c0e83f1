import { ServiceError } from '../errors.js'

export interface RetryPolicy {
  /** attempts in all, the first included */
  attempts: number
  /** per-attempt timeout */
  timeoutMs: number
  /** first backoff; doubles each retry */
  backoffMs: number
  /** the longest a retry-after header may make us wait */
  maxRetryAfterMs: number
  /**
   * optional: a time (ms since the epoch) after which no attempt starts and no wait runs past; an attempt's timeout
   * is cut to it. Bounds the whole call when a service never answers.
   */
  deadline?: number
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, timeoutMs: 30_000, backoffMs: 500, maxRetryAfterMs: 60_000 }

export interface HttpResponse {
  status: number
  headers: Headers
  body: string
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

function retryAfterMs(headers: Headers): number | undefined {
  const value = headers.get('retry-after')
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return seconds * 1000
  const date = Date.parse(value)
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined
}

const RETRIABLE = new Set([408, 429, 500, 502, 503, 504])

/**
 * One HTTP request with bounded retries for 408/429/5xx, timeouts and connection resets. A response that is still
 * an error after the last attempt is returned (the caller decides); a service that never answered is a ServiceError.
 */
export async function fetchWithRetry(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
  policy: Partial<RetryPolicy> = {},
  serviceName = new URL(url).host
): Promise<HttpResponse> {
  const p = { ...DEFAULT_RETRY, ...policy }
  const left = () => (p.deadline === undefined ? Infinity : p.deadline - Date.now())
  const pause = (ms: number) => sleep(Math.max(0, Math.min(ms, left())))
  let lastProblem = 'no time left before the deadline'
  let attempt = 1
  for (; attempt <= p.attempts && left() > 0; attempt++) {
    const controller = new AbortController()
    const timeoutMs = Math.min(p.timeoutMs, left())
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    try {
      const response = await fetch(url, { ...init, signal: controller.signal })
      const body = await response.text()
      if (!RETRIABLE.has(response.status) || attempt === p.attempts) {
        return { status: response.status, headers: response.headers, body }
      }
      lastProblem = `HTTP ${response.status}`
      const wait = retryAfterMs(response.headers)
      if (wait !== undefined && wait > p.maxRetryAfterMs) {
        return { status: response.status, headers: response.headers, body }
      }
      await pause(wait ?? p.backoffMs * 2 ** (attempt - 1))
    } catch (error) {
      lastProblem = controller.signal.aborted
        ? `no answer within ${Math.round(timeoutMs / 1000)} s`
        : describeNetworkError(error)
      if (attempt < p.attempts) await pause(p.backoffMs * 2 ** (attempt - 1))
    } finally {
      clearTimeout(timer)
    }
  }
  const attempts = attempt - 1
  throw new ServiceError(
    `${serviceName} could not be reached after ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}${attempt <= p.attempts ? ' (the deadline passed)' : ''} (${lastProblem}): check the URL and the runner's network, then re-run`
  )
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))
}

/** fetchWithRetry for a JSON API: a non-2xx answer or a body that is not JSON is a ServiceError. */
export async function fetchJson<T>(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
  policy: Partial<RetryPolicy> = {},
  serviceName = new URL(url).host
): Promise<T> {
  const response = await fetchWithRetry(
    url,
    {
      method: init.method,
      headers: {
        accept: 'application/json',
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...init.headers
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body)
    },
    policy,
    serviceName
  )
  if (response.status < 200 || response.status >= 300) {
    const hint = response.status === 429 ? 'rate limited: wait and re-run' : 'check the URL and try again later'
    throw new ServiceError(
      `${serviceName} answered HTTP ${response.status} to ${init.method ?? 'GET'} ${new URL(url).pathname}: ${hint}`
    )
  }
  try {
    return JSON.parse(response.body) as T
  } catch {
    throw new ServiceError(
      `${serviceName} sent a body that is not JSON for ${new URL(url).pathname} (${response.body.length} bytes): try again later`
    )
  }
}
