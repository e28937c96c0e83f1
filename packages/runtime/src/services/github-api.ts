import { GitHubRequestError, type GitHubApi, type GitHubResponse, type Logger } from '@ci-suite/core'

export interface GitHubApiOptions {
  token: string
  baseUrl: string
  logger: Logger
  /** retries after a 5xx or a rate limit; small in tests */
  retries?: number
  /** the longest wait for a rate limit reset before giving up, in seconds */
  maxRetryAfterSeconds?: number
  /** one request's time limit: an API that accepts the connection and never answers must not hold the step */
  requestTimeoutMs?: number
}

/**
 * Octokit from @actions/github with the retry plugin (5xx) and the throttling plugin (429, primary and secondary
 * rate limits). Errors reach domain code as GitHubRequestError with the status, after the retries.
 */
export function createGitHubApi(options: GitHubApiOptions): GitHubApi {
  let client: ReturnType<typeof build> | undefined
  return {
    async request<T>(route: string, params: Record<string, unknown> = {}): Promise<GitHubResponse<T>> {
      client ??= build(options)
      const octokit = await client
      try {
        const response = await octokit.request(route, params)
        return {
          status: response.status,
          data: response.data as T,
          headers: response.headers as GitHubResponse['headers']
        }
      } catch (error) {
        const status = (error as { status?: number }).status ?? 0
        const message = error instanceof Error ? error.message : String(error)
        throw new GitHubRequestError(
          status,
          `GitHub API ${route} failed (${status || 'no answer'}): ${message.split('\n')[0]}`
        )
      }
    }
  }
}

/** Octokit is loaded on the first request: most runs never make one. */
async function build(options: GitHubApiOptions) {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling')
  ])
  const retries = options.retries ?? 3
  const maxWait = options.maxRetryAfterSeconds ?? 60
  const timeoutMs = options.requestTimeoutMs ?? 15_000
  const fetchWithTimeout: typeof fetch = (url, init = {}) => {
    const limit = AbortSignal.timeout(timeoutMs)
    return fetch(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, limit]) : limit })
  }
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      request: { fetch: fetchWithTimeout },
      log: {
        debug: () => undefined,
        info: () => undefined,
        warn: m => options.logger.debug(m),
        error: m => options.logger.debug(m)
      },
      retry: { retries, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
      throttle: {
        onRateLimit: (retryAfter: number, _opts: unknown, _o: unknown, retryCount: number) => {
          options.logger.warning(
            `GitHub API rate limit reached; ${retryCount < retries && retryAfter <= maxWait ? `retrying in ${retryAfter} s` : 'giving up'}`
          )
          return retryCount < retries && retryAfter <= maxWait
        },
        onSecondaryRateLimit: (retryAfter: number, _opts: unknown, _o: unknown, retryCount: number) => {
          options.logger.warning(
            `GitHub API secondary rate limit; ${retryCount < retries && retryAfter <= maxWait ? `retrying in ${retryAfter} s` : 'giving up'}`
          )
          return retryCount < retries && retryAfter <= maxWait
        }
      }
    },
    retry,
    throttling
  )
}
