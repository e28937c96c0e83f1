import { Git, type EventContext } from '@ci-suite/core'

/**
 * At a terminal there is no GITHUB_REF or GITHUB_SHA: the tags come from the checkout instead (its branch, or the tag
 * at HEAD, and HEAD's commit), so `npx ci-suite docker-release` tags as CI would. Outside a git repository, unchanged.
 */
export async function withLocalCommit(event: EventContext, cwd: string): Promise<EventContext> {
  if (event.ref || event.sha) return event
  const git = new Git(cwd)
  if (!(await git.isRepository())) return event
  const sha = (await git.resolve('HEAD')) ?? ''
  const branch = await git.run(['symbolic-ref', '--quiet', 'HEAD'], { allowFailure: true })
  let ref = branch.exitCode === 0 ? branch.stdout.trim() : ''
  if (!ref) {
    const tag = await git.run(['describe', '--exact-match', '--tags', 'HEAD'], { allowFailure: true })
    if (tag.exitCode === 0) ref = `refs/tags/${tag.stdout.trim()}`
  }
  return {
    ...event,
    sha,
    ref,
    refName: ref.replace(/^refs\/(heads|tags)\//, ''),
    refType: ref.startsWith('refs/tags/') ? 'tag' : ref ? 'branch' : 'other'
  }
}
