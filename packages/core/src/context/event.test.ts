import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { blobUrl, comparedRange, parseEventContext } from './event.js'

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(process.cwd(), '__tests__/fixtures/events', `${name}.json`), 'utf8'))
const env = (eventName: string, ref = 'refs/heads/main') => ({
  GITHUB_EVENT_NAME: eventName,
  GITHUB_REPOSITORY: 'octo-org/demo',
  GITHUB_SHA: '2222222222222222222222222222222222222222',
  GITHUB_REF: ref,
  GITHUB_ACTIONS: 'true'
})

describe('the event context', () => {
  test('a pull request compares its base and head from their merge base', () => {
    const context = parseEventContext(env('pull_request', 'refs/pull/42/merge'), fixture('pull_request'))
    expect(context.pullRequest).toMatchObject({
      number: 42,
      baseRef: 'main',
      headRef: 'feature/checkout',
      fromFork: false
    })
    expect(comparedRange(context, {})).toEqual({
      base: '1111111111111111111111111111111111111111',
      head: '2222222222222222222222222222222222222222',
      mergeBase: true,
      source: 'pull_request'
    })
  })

  test('a pull request from a fork is marked as such', () => {
    expect(parseEventContext(env('pull_request'), fixture('pull_request_fork')).pullRequest?.fromFork).toBe(true)
  })

  test('a push compares before and after, and the event wins over the base input', () => {
    const context = parseEventContext(env('push'), fixture('push'))
    expect(comparedRange(context, { base: 'deadbeef' })).toMatchObject({
      base: '1111111111111111111111111111111111111111',
      source: 'push',
      mergeBase: false
    })
  })

  test.each(['push_new_branch', 'push_tag'])('a push that creates a ref (%s) has no before to compare with', name => {
    const context = parseEventContext(env('push', 'refs/tags/v1.2.3'), fixture(name))
    expect(context.push?.created).toBe(true)
    expect(comparedRange(context, {})).toBeUndefined()
  })

  test('a tag push names the tag', () => {
    const context = parseEventContext(env('push', 'refs/tags/v1.2.3'), fixture('push_tag'))
    expect(context).toMatchObject({ refType: 'tag', refName: 'v1.2.3', defaultBranch: 'main' })
  })

  test('a merge group compares its base and head', () => {
    const context = parseEventContext(env('merge_group'), fixture('merge_group'))
    expect(comparedRange(context, {})).toMatchObject({
      base: '1111111111111111111111111111111111111111',
      head: '4444444444444444444444444444444444444444',
      source: 'merge_group'
    })
  })

  test('a release names its id and tag', () => {
    expect(parseEventContext(env('release', 'refs/tags/v1.2.3'), fixture('release')).release).toEqual({
      id: 123456,
      tagName: 'v1.2.3',
      prerelease: false,
      draft: false,
      action: 'published'
    })
  })

  test('workflow_dispatch takes base and head from the inputs, or compares nothing', () => {
    const context = parseEventContext(env('workflow_dispatch'), fixture('workflow_dispatch'))
    expect(comparedRange(context, {})).toBeUndefined()
    expect(comparedRange(context, { base: 'main', head: 'HEAD' })).toEqual({
      base: 'main',
      head: 'HEAD',
      mergeBase: true,
      source: 'inputs'
    })
  })

  test('a local run is told apart from a runner', () => {
    expect(parseEventContext({}, {}).local).toBe(true)
    expect(parseEventContext(env('push'), {}).local).toBe(false)
  })

  test('links point at the file and lines at the commit, with the path encoded', () => {
    const context = parseEventContext(env('push'), {})
    expect(blobUrl(context, 'abc', 'src/my file.py', 3, 5)).toBe(
      'https://github.com/octo-org/demo/blob/abc/src/my%20file.py#L3-L5'
    )
  })
})
