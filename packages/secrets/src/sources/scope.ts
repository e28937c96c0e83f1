import {
  ConfigurationError,
  Git,
  ZERO_SHA,
  comparedRange,
  short,
  type CommonInputs,
  type EventContext
} from '@ci-suite/core'

export const SCOPES = ['auto', 'diff', 'history', 'tree', 'staged'] as const
export type Scope = (typeof SCOPES)[number]

/** What a scan reads, decided from the scope input and the event. */
export type ScanPlan =
  | { kind: 'log'; revisions: string[]; description: string }
  | { kind: 'tree'; description: string }
  | { kind: 'staged'; description: string }
  | { kind: 'empty'; description: string }

const FETCH_ADVICE = 'set `fetch-depth: 0` on actions/checkout so the whole history is present'

/** Makes the whole history present: unshallows a shallow clone, or fails with the checkout advice. */
export async function ensureFullHistory(git: Git): Promise<void> {
  if (!(await git.isShallow())) return
  if (await git.hasRemote())
    await git.run(['fetch', '--no-tags', '--quiet', '--unshallow', 'origin'], { allowFailure: true })
  if (await git.isShallow())
    throw new ConfigurationError(
      `this clone is shallow and could not be deepened, so its history cannot be scanned: ${FETCH_ADVICE}`
    )
}

/** base..head: the commits reachable from head and not from base, with the history between them made present. */
async function rangePlan(git: Git, base: string, head: string, what: string, mergeBase = true): Promise<ScanPlan> {
  if (base === head)
    return {
      kind: 'empty',
      description: `${what}: base and head are the same commit (${short(head)}), nothing to scan`
    }
  const range = await git.ensureRange({ base, head }, { mergeBase })
  const baseSha = await git.resolve(base)
  const headSha = await git.resolve(range.head)
  if (baseSha && baseSha === headSha)
    return { kind: 'empty', description: `${what}: base and head are the same commit, nothing to scan` }
  return {
    kind: 'log',
    revisions: [range.head, '--not', base],
    description: `${what}: commits in ${short(base)}..${short(head)}`
  }
}

/** Commits reachable from `sha` and from no other ref: a new branch's own commits (all of them on a first push). */
async function newBranchPlan(git: Git, sha: string, ref: string, what: string): Promise<ScanPlan> {
  if (!(await git.hasCommit(sha)))
    throw new ConfigurationError(`${what}: commit ${short(sha)} is not in this clone: ${FETCH_ADVICE}`)
  const name = ref.replace(/^refs\/heads\//, '')
  const refs = (await git.text(['for-each-ref', '--format=%(refname)', 'refs/heads', 'refs/remotes', 'refs/tags']))
    .split('\n')
    .filter(r => r && r !== ref && r !== `refs/remotes/origin/${name}` && !r.endsWith('/HEAD'))
  const others: string[] = []
  for (const r of refs) {
    const target = await git.resolve(r)
    if (target && target !== sha) others.push(r)
  }
  if (await git.isShallow()) await ensureFullHistory(git)
  if (others.length === 0)
    return {
      kind: 'log',
      revisions: [sha],
      description: `${what}: every commit reachable from ${short(sha)} (first push)`
    }
  return {
    kind: 'log',
    revisions: [sha, '--not', ...others],
    description: `${what}: commits reachable from ${short(sha)} and from no other branch`
  }
}

export async function planScan(
  scope: Scope,
  event: EventContext,
  common: CommonInputs,
  git: Git | undefined
): Promise<ScanPlan> {
  if (scope === 'tree') return { kind: 'tree', description: 'the files in the working tree' }
  if (!git)
    throw new ConfigurationError(`scope ${scope} needs a git repository; use scope: tree to scan a plain folder`)
  if (scope === 'staged') return { kind: 'staged', description: 'the changes staged in the index' }
  if (scope === 'history') {
    await ensureFullHistory(git)
    return { kind: 'log', revisions: ['--all'], description: 'the whole history (all refs)' }
  }
  if (scope === 'diff') {
    const range = comparedRange(event, common)
    if (!range)
      throw new ConfigurationError(
        'scope diff needs a range: give the base input (and head, default HEAD), or run on a pull_request or push event'
      )
    return rangePlan(git, range.base, range.head, 'diff')
  }
  // auto
  if (event.pullRequest?.baseSha && event.pullRequest.headSha) {
    return rangePlan(
      git,
      event.pullRequest.baseSha,
      event.pullRequest.headSha,
      `pull request #${event.pullRequest.number}`
    )
  }
  if (event.mergeGroup?.baseSha)
    return rangePlan(git, event.mergeGroup.baseSha, event.mergeGroup.headSha, 'merge group')
  if (event.push) {
    const { before, after, deleted, forced } = event.push
    if (deleted || after === ZERO_SHA)
      return { kind: 'empty', description: 'push: the branch was deleted, nothing to scan' }
    if (before === ZERO_SHA || event.push.created) return newBranchPlan(git, after, event.ref, 'push of a new branch')
    if (forced && !(await git.hasCommit(before))) {
      if (await git.hasRemote())
        await git.run(['fetch', '--no-tags', '--quiet', 'origin', before], { allowFailure: true })
      // the old tip is gone (rewritten history): scan what no other branch has
      if (!(await git.hasCommit(before))) return newBranchPlan(git, after, event.ref, 'force push')
    }
    // after a force push the old tip may share no history with the new one: no merge base is needed
    return rangePlan(git, before, after, forced ? 'force push' : 'push', !forced)
  }
  if (common.base) return rangePlan(git, common.base, common.head ?? 'HEAD', 'diff')
  await ensureFullHistory(git)
  return {
    kind: 'log',
    revisions: ['--all'],
    description: `${event.eventName || 'local run'}: the whole history (all refs)`
  }
}
