import { readFileSync } from 'node:fs'
import { ConfigurationError } from '../errors.js'
import { ZERO_SHA } from '../git/git.js'

export type Env = Record<string, string | undefined>

export interface PullRequestInfo {
  number: number
  baseSha: string
  headSha: string
  baseRef: string
  headRef: string
  /** owner/repo of the head: differs from the repository for a fork */
  headRepository?: string
  fromFork: boolean
  title?: string
}

export interface PushInfo {
  before: string
  after: string
  created: boolean
  deleted: boolean
  forced: boolean
}

export interface ReleaseInfo {
  id: number
  tagName: string
  prerelease: boolean
  draft: boolean
  action?: string
}

/** What the runner tells an action about the run, read from the environment and the event payload. */
export interface EventContext {
  eventName: string
  payload: Record<string, unknown>
  sha: string
  ref: string
  /** branch or tag name from ref (refs/heads/x → x) */
  refName: string
  refType: 'branch' | 'tag' | 'pull' | 'other'
  owner: string
  repo: string
  serverUrl: string
  apiUrl: string
  actor: string
  runId: string
  defaultBranch?: string
  pullRequest?: PullRequestInfo
  push?: PushInfo
  mergeGroup?: { baseSha: string; headSha: string; headRef: string }
  release?: ReleaseInfo
  /** true when no runner set GITHUB_ACTIONS (a local run through the CLI) */
  local: boolean
}

type Json = Record<string, unknown>

const obj = (v: unknown): Json | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

export function readEventPayload(env: Env): Json {
  const path = env.GITHUB_EVENT_PATH
  if (!path) return {}
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new ConfigurationError(`GITHUB_EVENT_PATH names ${path}, which cannot be read`)
  }
  try {
    return obj(JSON.parse(text)) ?? {}
  } catch {
    throw new ConfigurationError(`the event payload at ${path} is not valid JSON`)
  }
}

export function parseEventContext(env: Env, payload: Json = readEventPayload(env)): EventContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const ref = env.GITHUB_REF ?? ''
  const refType = ref.startsWith('refs/heads/')
    ? 'branch'
    : ref.startsWith('refs/tags/')
      ? 'tag'
      : ref.startsWith('refs/pull/')
        ? 'pull'
        : 'other'
  const refName = env.GITHUB_REF_NAME ?? ref.replace(/^refs\/(heads|tags)\//, '')
  const repository = obj(payload.repository)
  const context: EventContext = {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    sha: env.GITHUB_SHA ?? '',
    ref,
    refName,
    refType,
    owner,
    repo,
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
    actor: env.GITHUB_ACTOR ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    defaultBranch: str(repository?.default_branch),
    local: env.GITHUB_ACTIONS !== 'true'
  }
  const pr = obj(payload.pull_request)
  if (pr && (context.eventName.startsWith('pull_request') || context.eventName === 'pull_request_review')) {
    const base = obj(pr.base) ?? {}
    const head = obj(pr.head) ?? {}
    const headRepo = str(obj(head.repo)?.full_name)
    context.pullRequest = {
      number: Number(pr.number ?? payload.number ?? 0),
      baseSha: str(base.sha) ?? '',
      headSha: str(head.sha) ?? '',
      baseRef: str(base.ref) ?? env.GITHUB_BASE_REF ?? '',
      headRef: str(head.ref) ?? env.GITHUB_HEAD_REF ?? '',
      headRepository: headRepo,
      fromFork: headRepo !== undefined && headRepo !== `${owner}/${repo}`,
      title: str(pr.title)
    }
  }
  if (context.eventName === 'push') {
    context.push = {
      before: str(payload.before) ?? ZERO_SHA,
      after: str(payload.after) ?? context.sha,
      created: payload.created === true || str(payload.before) === ZERO_SHA,
      deleted: payload.deleted === true,
      forced: payload.forced === true
    }
  }
  const mg = obj(payload.merge_group)
  if (context.eventName === 'merge_group' && mg) {
    context.mergeGroup = {
      baseSha: str(mg.base_sha) ?? '',
      headSha: str(mg.head_sha) ?? context.sha,
      headRef: str(mg.head_ref) ?? ''
    }
  }
  const release = obj(payload.release)
  if (context.eventName === 'release' && release) {
    context.release = {
      id: Number(release.id ?? 0),
      tagName: str(release.tag_name) ?? refName,
      prerelease: release.prerelease === true,
      draft: release.draft === true,
      action: str(payload.action)
    }
  }
  return context
}

/**
 * The commits to compare: the event's own on pull_request (base..head, compared from their merge base), push
 * (before..after) and merge_group; otherwise the `base`/`head` inputs. Undefined when there is nothing to compare.
 */
export interface ComparedRange {
  base: string
  head: string
  /** compare from the merge base of base and head (pull requests and explicit ranges) */
  mergeBase: boolean
  source: 'pull_request' | 'push' | 'merge_group' | 'inputs'
}

export function comparedRange(
  context: EventContext,
  inputs: { base?: string; head?: string }
): ComparedRange | undefined {
  if (context.pullRequest?.baseSha && context.pullRequest.headSha) {
    return {
      base: context.pullRequest.baseSha,
      head: context.pullRequest.headSha,
      mergeBase: true,
      source: 'pull_request'
    }
  }
  if (context.push && !context.push.created && !context.push.deleted && context.push.before !== ZERO_SHA) {
    return { base: context.push.before, head: context.push.after, mergeBase: false, source: 'push' }
  }
  if (context.mergeGroup?.baseSha) {
    return {
      base: context.mergeGroup.baseSha,
      head: context.mergeGroup.headSha,
      mergeBase: false,
      source: 'merge_group'
    }
  }
  if (inputs.base) {
    return { base: inputs.base, head: inputs.head ?? 'HEAD', mergeBase: true, source: 'inputs' }
  }
  return undefined
}

/** `{server}/{owner}/{repo}/blob/{sha}/{file}#L{line}` */
export function blobUrl(
  context: EventContext,
  sha: string,
  file: string,
  line?: number,
  endLine?: number
): string | undefined {
  if (!context.owner || !sha) return undefined
  const path = file.split('/').map(encodeURIComponent).join('/')
  const anchor = line ? `#L${line}${endLine && endLine > line ? `-L${endLine}` : ''}` : ''
  return `${context.serverUrl}/${context.owner}/${context.repo}/blob/${sha}/${path}${anchor}`
}
