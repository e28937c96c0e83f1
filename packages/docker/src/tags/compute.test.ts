import { describe, expect, test } from '@jest/globals'
import { parseEventContext } from '@ci-suite/core'
import { computeTags, refContextFromEvent, type RefContext } from './compute.js'
import { DEFAULT_TAG_RULES, parseTagRules } from './rules.js'

const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37'
const push = (ref: string, extra: Partial<RefContext> = {}): RefContext => ({
  eventName: 'push',
  ref,
  sha: SHA,
  defaultBranch: 'master',
  ...extra
})
const pullRequest: RefContext = {
  eventName: 'pull_request',
  ref: 'refs/pull/2/merge',
  sha: SHA,
  defaultBranch: 'master'
}

const tagsFor = (rules: string[], context: RefContext) => computeTags(parseTagRules(rules), context).tags

// The tables of docker/metadata-action's README (type=ref, type=semver, type=sha, type=raw), one row each.
describe('metadata-action documented cases', () => {
  test.each(
    (
      [
        ['type=ref,event=pr', pullRequest, ['pr-2']],
        ['type=ref,event=branch', push('refs/heads/master'), ['master']],
        ['type=ref,event=branch', push('refs/heads/my/branch'), ['my-branch']],
        ['type=ref,event=tag', push('refs/tags/v1.2.3'), ['v1.2.3', 'latest']],
        ['type=ref,event=tag', push('refs/tags/v2.0.8-beta.67'), ['v2.0.8-beta.67', 'latest']],
        ['type=ref,event=branch', { ...push('refs/heads/master'), eventName: 'workflow_dispatch' }, ['master']]
      ] as Array<[string, RefContext, string[]]>
    ).map(([rule, context, expected]) => [rule, `${context.eventName} ${context.ref}`, expected, context] as const)
  )('%s on %s gives %j', (rule, _event, expected, context) => {
    expect(tagsFor([rule], context)).toEqual(expected)
  })

  test.each([
    ['v1.2.3', '{{raw}}', ['v1.2.3', 'latest']],
    ['v1.2.3', '{{version}}', ['1.2.3', 'latest']],
    ['v1.2.3', '{{major}}.{{minor}}', ['1.2', 'latest']],
    ['v1.2.3', 'v{{major}}', ['v1', 'latest']],
    ['v1.2.3', '{{minor}}', ['2', 'latest']],
    ['v1.2.3', '{{patch}}', ['3', 'latest']],
    ['v2.0.8-beta.67', '{{raw}}', ['v2.0.8-beta.67']],
    ['v2.0.8-beta.67', '{{version}}', ['2.0.8-beta.67']],
    ['v2.0.8-beta.67', '{{major}}', ['2.0.8-beta.67']],
    ['v2.0.8-beta.67', '{{major}}.{{minor}}', ['2.0.8-beta.67']]
  ])('git tag %s with type=semver,pattern=%s gives %j', (tag, pattern, expected) => {
    expect(tagsFor([`type=semver,pattern=${pattern}`], push(`refs/tags/${tag}`))).toEqual(expected)
  })

  test.each([
    ['type=sha', ['sha-860c190']],
    ['type=sha,format=long', [`sha-${SHA}`]],
    ['type=sha,prefix=', ['860c190']],
    ['type=raw,value=foo', ['foo']],
    ['type=raw,foo', ['foo']],
    ['foo', ['foo']],
    ['type=raw,value=mytag-{{branch}}-{{sha}}', ['mytag-master-860c190']],
    ['type=sha,prefix={{branch}}-', ['master-860c190']]
  ])('%s on a push to master gives %j', (rule, expected) => {
    expect(tagsFor([rule], push('refs/heads/master'))).toEqual(expected)
  })
})

describe('enable, prefix, suffix and priority', () => {
  test.each(
    (
      [
        [['type=raw,value=latest,enable={{is_default_branch}}'], push('refs/heads/master'), ['latest']],
        [['type=raw,value=latest,enable={{is_default_branch}}'], push('refs/heads/dev'), []],
        [['type=raw,value=dev,enable={{is_not_default_branch}}'], push('refs/heads/dev'), ['dev']],
        [['type=sha,enable=false', 'type=ref,event=branch'], push('refs/heads/dev'), ['dev']],
        [['type=ref,event=branch,prefix=br-,suffix=-slim'], push('refs/heads/dev'), ['br-dev-slim']],
        [['type=ref,event=pr,prefix='], pullRequest, ['2']],
        [['type=semver,pattern={{version}},suffix=-alpine'], push('refs/tags/v1.2.3'), ['1.2.3-alpine', 'latest']],
        [['type=semver,pattern={{version}},value=v3.4.5'], push('refs/heads/master'), ['3.4.5', 'latest']],
        // the first tag is the version: sha (100) yields to raw (200) unless given a higher priority
        [['type=sha', 'type=raw,value=stable'], push('refs/heads/dev'), ['stable', 'sha-860c190']],
        [['type=sha,priority=300', 'type=raw,value=stable'], push('refs/heads/dev'), ['sha-860c190', 'stable']],
        // latest=auto: only the first rule that gives a tag decides; a branch never says latest
        [['type=ref,event=branch', 'type=ref,event=tag'], push('refs/tags/v1.0.0'), ['v1.0.0', 'latest']],
        [['type=raw,value=latest', 'type=raw,value=latest'], push('refs/heads/dev'), ['latest']]
      ] as Array<[string[], RefContext, string[]]>
    ).map(([rules, context, expected]) => [rules, `${context.eventName} ${context.ref}`, expected, context] as const)
  )('%j on %s gives %j', (rules, _event, expected, context) => {
    expect(tagsFor(rules, context)).toEqual(expected)
  })

  test('is_default_branch is true on events that always run on the default branch', () => {
    const context = { eventName: 'schedule', ref: 'refs/heads/trunk', sha: SHA }
    expect(tagsFor(['type=raw,value=latest,enable={{is_default_branch}}'], context)).toEqual(['latest'])
  })

  test('a git tag that is not semver gives no semver tag and a warning', () => {
    const result = computeTags(parseTagRules(['type=semver,pattern={{version}}']), push('refs/tags/release-7'))
    expect(result.tags).toEqual([])
    expect(result.warnings).toEqual([
      'release-7 is not a valid semver version, so "type=semver,pattern={{version}}" gives no tag'
    ])
  })
})

describe('the default rules', () => {
  test.each([
    ['a push to the default branch', push('refs/heads/master'), ['master', 'latest', 'sha-860c190']],
    ['a push to another branch', push('refs/heads/feature/login'), ['feature-login', 'sha-860c190']],
    ['a release tag', push('refs/tags/v1.2.3'), ['1.2.3', '1.2', '1', 'sha-860c190', 'latest']],
    ['a pre-release tag', push('refs/tags/v2.0.0-rc.1'), ['2.0.0-rc.1', 'sha-860c190']],
    ['a tag that is not semver', push('refs/tags/nightly'), ['sha-860c190']],
    ['a pull request', pullRequest, ['pr-2', 'sha-860c190']],
    [
      'a manual run on the default branch',
      { ...push('refs/heads/master'), eventName: 'workflow_dispatch' },
      ['master', 'latest', 'sha-860c190']
    ]
  ])('%s gets the tags it should', (_what, context, expected) => {
    expect(tagsFor(DEFAULT_TAG_RULES, context)).toEqual(expected)
  })

  test('a pull request names the image after its head commit, not the test merge commit', () => {
    const headSha = 'b'.repeat(40)
    const event = parseEventContext(
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_REF: 'refs/pull/7/merge',
        GITHUB_SHA: 'c'.repeat(40),
        GITHUB_REPOSITORY: 'octo/demo'
      },
      {
        number: 7,
        pull_request: { number: 7, head: { sha: headSha, ref: 'feature' }, base: { sha: 'd'.repeat(40), ref: 'main' } }
      }
    )
    expect(tagsFor(DEFAULT_TAG_RULES, refContextFromEvent(event))).toEqual(['pr-7', 'sha-bbbbbbb'])
  })
})

describe('rules that cannot give a tag', () => {
  test.each([
    ['type=schedule', 'type=schedule (in "type=schedule") is not supported; use ref, semver, sha or raw'],
    ['type=nope', 'unknown type=nope in "type=nope"; use ref, semver, sha or raw'],
    ['type=ref', 'type=ref needs event=branch, event=tag or event=pr (in "type=ref")'],
    ['type=semver', 'type=semver needs a pattern, e.g. pattern={{version}} (in "type=semver")'],
    [
      'type=sha,format=medium',
      'type=sha takes format=short or format=long (in "type=sha,format=medium"), got "medium"'
    ],
    ['type=sha,event=tag', '"event" is not an attribute of type=sha'],
    ['type=raw,value=x,priority=high', 'priority must be an integer'],
    ['type=raw,value=x,enable=maybe', 'enable must be true or false in "type=raw,value=x,enable=maybe", got "maybe"'],
    ['type=raw,value={{date}}', 'unknown expression {{date}}'],
    ['type=raw,value=-x', 'gives "-x", which is not a valid Docker tag']
  ])('%s is refused: %s', (rule, message) => {
    expect(() => tagsFor([rule], push('refs/heads/master'))).toThrow(message)
  })
})
