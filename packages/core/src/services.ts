/** What the runtime lends an action beyond plain data. Domain code sees these interfaces, never @actions/*. */

export interface GitHubResponse<T = unknown> {
  status: number
  data: T
  headers: Record<string, string | number | undefined>
}

/** An error answer from the GitHub API, after the client's own retries. */
export class GitHubRequestError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
    this.name = 'GitHubRequestError'
  }
}

/** Octokit's request signature: `request('GET /repos/{owner}/{repo}', { owner, repo })`. */
export interface GitHubApi {
  request<T = unknown>(route: string, params?: Record<string, unknown>): Promise<GitHubResponse<T>>
}

/** Files kept between runs (the Actions cache on a runner, a folder on a terminal, nothing when unavailable). */
export interface CacheStore {
  readonly available: boolean
  /** Restores the first hit of key, then the restore keys (prefixes); returns the key that hit. */
  restore(paths: string[], key: string, restoreKeys?: string[]): Promise<string | undefined>
  /** Saves; false when it could not (the entry exists, the service is down). Never throws. */
  save(paths: string[], key: string): Promise<boolean>
}

export const noCache: CacheStore = {
  available: false,
  restore: async () => undefined,
  save: async () => false
}
