import { GitHubRequestError, ServiceError, type GitHubApi, type Logger } from '@ci-suite/core'

/** GitHub refuses issue comments over 65536 characters. */
export const COMMENT_LIMIT = 65536

export interface StickyCommentTarget {
  owner: string
  repo: string
  issueNumber: number
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'skipped'
  url?: string
  note?: string
}

interface IssueComment {
  id: number
  body?: string
  html_url?: string
}

/** The hidden marker that finds this action's comment again (one per flag). */
export function commentMarker(flag: string): string {
  return `<!-- ci-suite:coverage-gate${flag ? `:${flag}` : ''} -->`
}

/**
 * One comment per pull request and flag, updated in place: found by its hidden marker among the issue's comments.
 * A token that may not write (403, or 404 for a private repository it cannot see) skips with a note.
 */
export async function upsertStickyComment(
  github: GitHubApi,
  target: StickyCommentTarget,
  marker: string,
  body: string,
  logger: Logger
): Promise<StickyCommentResult> {
  const text = fit(`${marker}\n${body}`)
  try {
    let existing: IssueComment | undefined
    for (let page = 1; page <= 50 && !existing; page++) {
      const response = await github.request<IssueComment[]>(
        'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        {
          owner: target.owner,
          repo: target.repo,
          issue_number: target.issueNumber,
          per_page: 100,
          page
        }
      )
      if (!Array.isArray(response.data)) {
        throw new ServiceError(
          `GitHub answered the list of PR comments with something that is not a list: try again later`
        )
      }
      existing = response.data.find(c => c.body?.includes(marker))
      if (response.data.length < 100) break
    }
    if (existing) {
      const r = await github.request<IssueComment>('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body: text
      })
      return { action: 'updated', url: r.data.html_url }
    }
    const r = await github.request<IssueComment>('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body: text
    })
    return { action: 'created', url: r.data.html_url }
  } catch (error) {
    // a 403 for a secondary rate limit is an outage, not a token that cannot write
    const rateLimited = error instanceof GitHubRequestError && /rate limit/i.test(error.message)
    if (error instanceof GitHubRequestError && (error.status === 403 || error.status === 404) && !rateLimited) {
      const note = `PR comment skipped: the token cannot write to pull request #${target.issueNumber} (HTTP ${error.status}); give the job \`permissions: pull-requests: write\`, or post from a workflow_run workflow for fork PRs`
      logger.info(`coverage-gate: ${note}`)
      return { action: 'skipped', note }
    }
    if (error instanceof GitHubRequestError)
      throw new ServiceError(`GitHub answered ${error.status} to the PR comment request: ${error.message}`)
    throw error
  }
}

function fit(text: string): string {
  if (text.length <= COMMENT_LIMIT) return text
  const note = '\n\n_The comment was cut at GitHub’s 65536-character limit; the job summary has everything._\n'
  return text.slice(0, COMMENT_LIMIT - note.length) + note
}
