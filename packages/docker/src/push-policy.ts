export type PushMode = 'auto' | 'true' | 'false'

/**
 * The events on which push: auto publishes (a branch or tag push, a release, a manual or API dispatch); a pull request
 * of any kind never does, nor a merge queue or schedule (give push: true for a nightly image).
 */
const PUSH_EVENTS = new Set(['push', 'release', 'workflow_dispatch', 'repository_dispatch', 'create'])

export interface PushDecision {
  push: boolean
  reason: string
}

export function decidePush(mode: PushMode, eventName: string): PushDecision {
  if (mode === 'true') return { push: true, reason: 'push is true' }
  if (mode === 'false') return { push: false, reason: 'push is false' }
  if (eventName.startsWith('pull_request')) {
    return { push: false, reason: `auto never pushes on ${eventName}: a build sanity check` }
  }
  if (PUSH_EVENTS.has(eventName)) return { push: true, reason: `auto pushes on ${eventName}` }
  return { push: false, reason: `auto does not push on ${eventName || 'a local run'}` }
}
