import { ConfigurationError, type EventContext } from '@ci-suite/core'
import type { TagRule } from './rules.js'
import { parseSemver, type SemVer } from './semver.js'

/** What the tag rules are evaluated against. */
export interface RefContext {
  eventName: string
  /** GITHUB_REF: refs/heads/main, refs/tags/v1.2.3, refs/pull/2/merge */
  ref: string
  /** the commit the image is built from */
  sha: string
  /** the repository's default branch, from the event payload */
  defaultBranch?: string
  /** the pull request's number when the ref does not say it (pull_request_target runs on the base branch) */
  pullRequestNumber?: number
}

export interface ComputedTags {
  /** the first (highest-priority) tag: the image's version label */
  version?: string
  /** tag names, version first, `latest` last when given */
  tags: string[]
  latest: boolean
  /** rules that could not apply (a tag that is not semver) */
  warnings: string[]
}

export const SHORT_SHA_LENGTH = 7

/**
 * The commit to name the image after. On a pull request GITHUB_SHA is the test merge commit, which no one can find
 * later; like metadata-action with DOCKER_METADATA_PR_HEAD_SHA=true, the PR's head commit names the image instead.
 */
export function refContextFromEvent(event: EventContext): RefContext {
  return {
    eventName: event.eventName,
    ref: event.ref,
    sha: event.pullRequest?.headSha || event.sha,
    defaultBranch: event.defaultBranch,
    pullRequestNumber: event.pullRequest?.number || undefined
  }
}

const BRANCH_REF = /^refs\/heads\//
const TAG_REF = /^refs\/tags\//
const PULL_REF = /^refs\/pull\//

function branchName(ref: string): string {
  return BRANCH_REF.test(ref) ? ref.replace(BRANCH_REF, '') : ''
}

function isDefaultBranch(context: RefContext): boolean {
  const branch = branchName(context.ref)
  if (!branch) return false
  if (context.defaultBranch === branch) return true
  // these events always run on the default branch's last commit (metadata-action does the same)
  return /create|discussion|issues|schedule/.test(context.eventName)
}

/** metadata-action's global expressions, for enable=, value=, prefix= and suffix=. */
function expandExpressions(text: string, context: RefContext, rule: TagRule): string {
  return text.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (_whole, name: string) => {
    switch (name) {
      case 'branch':
        return branchName(context.ref)
      case 'tag':
        return TAG_REF.test(context.ref) ? context.ref.replace(TAG_REF, '') : ''
      case 'sha':
        return context.sha.slice(0, SHORT_SHA_LENGTH)
      case 'is_default_branch':
        return String(isDefaultBranch(context))
      case 'is_not_default_branch':
        return String(!isDefaultBranch(context))
      default:
        throw new ConfigurationError(
          `tags: unknown expression {{${name}}} in "${rule.source}"; known: {{branch}}, {{tag}}, {{sha}}, {{is_default_branch}}, {{is_not_default_branch}}`
        )
    }
  })
}

function expandSemverPattern(pattern: string, version: SemVer, rule: TagRule): string {
  return pattern.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (_whole, name: string) => {
    switch (name) {
      case 'raw':
        return version.raw
      case 'version':
        return version.version
      case 'major':
        return String(version.major)
      case 'minor':
        return String(version.minor)
      case 'patch':
        return String(version.patch)
      default:
        throw new ConfigurationError(
          `tags: unknown expression {{${name}}} in the pattern of "${rule.source}"; known: {{raw}}, {{version}}, {{major}}, {{minor}}, {{patch}}`
        )
    }
  })
}

/** A pattern that is exactly {{raw}} keeps a pre-release's text as it is (metadata-action's isRawStatement). */
const isRawPattern = (pattern: string) => /^\{\{\s*raw\s*\}\}$/.test(pattern)

/** Invalid character runs become `-` (metadata-action's sanitizeTag). */
export function sanitizeTag(tag: string): string {
  return tag.replace(/[^a-zA-Z0-9._-]+/g, '-')
}

/** Docker's tag grammar: a word character, then up to 127 of [A-Za-z0-9_.-]. */
const VALID_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/

interface RuleOutcome {
  value?: string
  /** what latest=auto makes of this rule: a tag event and a release semver say latest */
  latest: boolean
  warning?: string
}

function evaluateRule(rule: TagRule, context: RefContext): RuleOutcome {
  const affix = (value: string): string => {
    const prefix = rule.prefix === undefined ? '' : expandExpressions(rule.prefix, context, rule)
    const suffix = rule.suffix === undefined ? '' : expandExpressions(rule.suffix, context, rule)
    return `${prefix}${value}${suffix}`
  }
  switch (rule.type) {
    case 'ref': {
      if (rule.event === 'branch') {
        return BRANCH_REF.test(context.ref)
          ? { value: affix(branchName(context.ref)), latest: false }
          : { latest: false }
      }
      if (rule.event === 'tag') {
        return TAG_REF.test(context.ref)
          ? { value: affix(context.ref.replace(TAG_REF, '')), latest: true }
          : { latest: false }
      }
      const pr = PULL_REF.test(context.ref)
        ? context.ref.replace(PULL_REF, '').replace(/\/merge$/, '')
        : context.eventName.startsWith('pull_request') && context.pullRequestNumber
          ? String(context.pullRequestNumber)
          : ''
      return pr ? { value: affix(pr), latest: false } : { latest: false }
    }
    case 'semver': {
      const given = rule.value ? expandExpressions(rule.value, context, rule) : ''
      if (!given && !TAG_REF.test(context.ref)) return { latest: false }
      const text = given || context.ref.replace(TAG_REF, '').replace(/\//g, '-')
      const version = parseSemver(text)
      if (!version)
        return { latest: false, warning: `${text} is not a valid semver version, so "${rule.source}" gives no tag` }
      // a pre-release only ever gives {{version}} (or {{raw}}): its major and minor tags would move too often
      if (version.prerelease) {
        const pattern = isRawPattern(rule.pattern!) ? rule.pattern! : '{{version}}'
        return { value: affix(expandSemverPattern(pattern, version, rule)), latest: false }
      }
      return { value: affix(expandSemverPattern(rule.pattern!, version, rule)), latest: true }
    }
    case 'sha': {
      if (!context.sha) return { latest: false }
      const sha = rule.format === 'long' ? context.sha : context.sha.slice(0, SHORT_SHA_LENGTH)
      return { value: affix(sha), latest: false }
    }
    case 'raw':
      return { value: affix(expandExpressions(rule.value ?? '', context, rule)), latest: false }
  }
}

/**
 * Evaluates rules (highest priority first, see parseTagRules) as metadata-action does with `flavor: latest=auto`:
 * the first rule that gives a value decides the version and whether `latest` is added.
 */
export function computeTags(rules: TagRule[], context: RefContext): ComputedTags {
  let version: string | undefined
  const partial: string[] = []
  let latest: boolean | undefined
  const warnings: string[] = []
  for (const rule of rules) {
    const enabled = expandExpressions(rule.enable, context, rule).trim().toLowerCase()
    if (enabled !== 'true' && enabled !== 'false') {
      throw new ConfigurationError(`tags: enable must be true or false in "${rule.source}", got "${enabled}"`)
    }
    if (enabled === 'false') continue
    const outcome = evaluateRule(rule, context)
    if (outcome.warning) warnings.push(outcome.warning)
    if (!outcome.value) continue
    const tag = sanitizeTag(outcome.value)
    if (!VALID_TAG.test(tag)) {
      throw new ConfigurationError(
        `tags: "${rule.source}" gives "${tag}", which is not a valid Docker tag (a letter, digit or _ first, at most 128 characters)`
      )
    }
    if (version === undefined) version = tag
    else if (tag !== version && !partial.includes(tag)) partial.push(tag)
    if (latest === undefined) latest = outcome.latest
  }
  const tags = version === undefined ? [] : [version, ...partial]
  const addLatest = latest === true && !tags.includes('latest')
  return {
    version,
    tags: addLatest ? [...tags, 'latest'] : tags,
    latest: tags.includes('latest') || addLatest,
    warnings
  }
}
