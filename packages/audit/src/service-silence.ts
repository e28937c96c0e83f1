import { ServiceError, type RetryPolicy } from '@ci-suite/core'

/** The longest a source may stay silent: 4 attempts of 30 s would otherwise hold a job for two minutes. */
export const SERVICE_SILENCE_LIMIT_MS = 60_000

/**
 * Bounds how long an advisory source may stay silent. Every request's retries end at the last answer plus the limit,
 * so a service that never answers costs the limit once, not every request's attempts times their timeout; a slow
 * but answering service (a large monorepo's thousand record fetches) is never cut off.
 */
export class ServiceSilence {
  /** when the service last answered, or when waiting began if nothing was in flight */
  private waitingSince = Date.now()
  private inFlight = 0

  /** service: how the error names it; input: the input that points elsewhere (osv-url, npm-registry-url) */
  constructor(
    private readonly service: string,
    readonly limitMs: number,
    private readonly input: string
  ) {}

  /**
   * Runs one request (with its retries) under the deadline. The clock runs only while something is in flight (time
   * spent on the cache between requests does not count), and each answer restarts it.
   */
  async bound<T>(request: (retry: Pick<RetryPolicy, 'deadline'>) => Promise<T>): Promise<T> {
    if (this.inFlight === 0) this.waitingSince = Date.now()
    this.inFlight++
    const deadline = this.waitingSince + this.limitMs
    try {
      const answer = await request({ deadline })
      this.waitingSince = Date.now()
      return answer
    } catch (error) {
      if (error instanceof ServiceError && Date.now() >= deadline) {
        const cause = /\(([^()]*)\): check/.exec(error.message)?.[1]
        throw new ServiceError(
          `${this.service} did not answer for ${this.limitMs >= 1000 ? `${Math.round(this.limitMs / 1000)} s` : `${this.limitMs} ms`}${cause ? ` (${cause})` : ''}: it is down or out of this runner's reach; re-run later, or set ${this.input} to a mirror the runner can reach`
        )
      }
      throw error
    } finally {
      this.inFlight--
    }
  }
}
