import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { Git } from '@ci-suite/core'

/**
 * Whether a folder is inside a git work tree. git finds its repository through a `.git` entry (a folder, or a file
 * in a worktree or submodule) in the folder or one of its parents, or through `GIT_DIR`; when neither is there the
 * answer is no without starting git (a tree scan of a plain folder needs no git at all).
 */
export async function isInsideGitRepository(folder: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (!env.GIT_DIR && !hasGitEntryAbove(folder)) return false
  return new Git(folder).isRepository()
}

function hasGitEntryAbove(folder: string): boolean {
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return true
    if (dirname(dir) === dir) return false
  }
}
