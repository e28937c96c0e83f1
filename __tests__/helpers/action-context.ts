import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  MemoryLogger,
  SecretRegistry,
  noCache,
  parseEventContext,
  type ActionContext,
  type ActionName,
  type Env
} from '@ci-suite/core'

/**
 * An ActionContext for calling an action's run() directly in a unit test: a terminal-mode context on a folder,
 * with a memory logger, no cache and no GitHub API unless given.
 */
export function testContext(
  action: ActionName,
  options: Partial<ActionContext> & { env?: Env; payload?: Record<string, unknown> } = {}
): ActionContext & { logger: MemoryLogger } {
  const dir = options.workingDirectory ?? options.repoRoot ?? process.cwd()
  const env: Env = { GITHUB_REPOSITORY: 'octo/demo', GITHUB_SHA: 'a'.repeat(40), ...options.env }
  return {
    action,
    common: { workingDirectory: '.', failOn: 'error', ...options.common },
    event: options.event ?? parseEventContext(env, options.payload ?? {}),
    env,
    workspace: options.workspace ?? dir,
    workingDirectory: dir,
    repoRoot: options.repoRoot ?? dir,
    tempDir: options.tempDir ?? mkdtempSync(join(tmpdir(), `ci-suite-${action}-`)),
    logger: new MemoryLogger(),
    secrets: options.secrets ?? new SecretRegistry(),
    cache: options.cache ?? noCache,
    github: options.github,
    mode: options.mode ?? 'terminal'
  }
}
