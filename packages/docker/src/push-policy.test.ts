import { expect, test } from '@jest/globals'
import { decidePush } from './push-policy.js'

test.each([
  ['auto', 'push', true],
  ['auto', 'release', true],
  ['auto', 'workflow_dispatch', true],
  ['auto', 'repository_dispatch', true],
  ['auto', 'pull_request', false],
  ['auto', 'pull_request_target', false],
  ['auto', 'merge_group', false],
  ['auto', 'schedule', false],
  ['auto', '', false],
  ['true', 'pull_request', true],
  ['false', 'push', false]
] as const)('push: %s on %s pushes: %s', (mode, event, expected) => {
  expect(decidePush(mode, event).push).toBe(expected)
})
