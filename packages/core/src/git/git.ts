import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { gitFailure } from './failure.js'
import { ConfigurationError } from '../errors.js'
import { runProcess, type ProcessResult } from '../process/run-process.js'
import { parseUnifiedDiff, type FileChange } from './diff.js'

export const ZERO_SHA = '0000000000000000000000000000000000000000'

export interface DiffRange {
  base: string
  head: string
}

type RunOptions = { allowFailure?: boolean; input?: string; timeoutMs?: number }

/**
 * The end of the last `git fetch` this process started: the next one waits for it. The root action's gates run at
 * once, and two fetches into one shallow clone meet on git's `shallow.lock`, where the second fails at once.
 */
let lastFetch: Promise<unknown> = Promise.resolve()

/** A git repository on disk, driven through the git CLI. */
export class Git {
  constructor(readonly cwd: string) {}

  async run(args: string[], options: RunOptions = {}): Promise<ProcessResult> {
    if (args[0] !== 'fetch') return this.runNow(args, options)
    const turn = lastFetch.then(() => this.runNow(args, options))
    lastFetch = turn.catch(() => undefined)
    return turn
  }

  private async runNow(args: string[], options: RunOptions): Promise<ProcessResult> {
    const result = await runProcess('git', args, {
      cwd: this.cwd,
      input: options.input,
      timeoutMs: options.timeoutMs ?? 10 * 60 * 1000,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }
    })
    if (result.notFound) throw new ConfigurationError('git is not installed or not on PATH: install git and run again')
    if (result.exitCode !== 0 && !options.allowFailure) {
      throw gitFailure(args, result.exitCode, result.stderr)
    }
    return result
  }

  async text(args: string[]): Promise<string> {
    return (await this.run(args)).stdout.trim()
  }

  /**
   * Whether `cwd` is inside a git work tree. git finds its repository through a `.git` entry (a folder, or a file in a
   * worktree or submodule) in the folder or one of its parents, or through `GIT_DIR`: when neither is there the answer
   * is no without starting git (a plain folder costs no process).
   */
  async isRepository(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
    if (!env.GIT_DIR && !hasGitEntryAbove(this.cwd)) return false
    const r = await this.run(['rev-parse', '--is-inside-work-tree'], { allowFailure: true })
    return r.exitCode === 0 && r.stdout.trim() === 'true'
  }

  async topLevel(): Promise<string> {
    return this.text(['rev-parse', '--show-toplevel'])
  }

  async isShallow(): Promise<boolean> {
    return (await this.text(['rev-parse', '--is-shallow-repository'])) === 'true'
  }

  async hasCommit(rev: string): Promise<boolean> {
    const r = await this.run(['cat-file', '-e', `${rev}^{commit}`], { allowFailure: true })
    return r.exitCode === 0
  }

  async resolve(rev: string): Promise<string | undefined> {
    const r = await this.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { allowFailure: true })
    return r.exitCode === 0 ? r.stdout.trim() : undefined
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const r = await this.run(['merge-base', a, b], { allowFailure: true })
    return r.exitCode === 0 ? r.stdout.trim() : undefined
  }

  async hasRemote(name = 'origin'): Promise<boolean> {
    const r = await this.run(['remote'], { allowFailure: true })
    return r.stdout.split('\n').includes(name)
  }

  /**
   * Makes sure base and head are present with their merge base, deepening a shallow clone with `git fetch` as
   * needed. Fails with the exact checkout advice when it cannot.
   */
  async ensureRange(range: DiffRange, options: { mergeBase: boolean }): Promise<DiffRange> {
    const advice =
      'set `fetch-depth: 0` on actions/checkout (or fetch the base commit) so the history between base and head is present'
    const shallow = await this.isShallow()
    const canFetch = await this.hasRemote()
    for (const rev of [range.head, range.base]) {
      if (await this.hasCommit(rev)) continue
      if (canFetch)
        await this.run(['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', rev], { allowFailure: true })
      if (!(await this.hasCommit(rev))) {
        throw new ConfigurationError(`commit ${rev} is not in this clone: ${advice}`)
      }
    }
    if (!options.mergeBase) return range
    let base = await this.mergeBase(range.base, range.head)
    for (let depth = 50; !base && shallow && canFetch && depth <= 6400; depth *= 4) {
      await this.run(['fetch', '--no-tags', '--quiet', `--deepen=${depth}`, 'origin', range.base, range.head], {
        allowFailure: true
      })
      base = await this.mergeBase(range.base, range.head)
    }
    if (!base && shallow && canFetch) {
      await this.run(['fetch', '--no-tags', '--quiet', '--unshallow', 'origin'], { allowFailure: true })
      base = await this.mergeBase(range.base, range.head)
    }
    if (!base) {
      if (shallow)
        throw new ConfigurationError(
          `no merge base of ${short(range.base)} and ${short(range.head)} in this shallow clone: ${advice}`
        )
      throw new ConfigurationError(
        `${short(range.base)} and ${short(range.head)} have no common history: check the base and head inputs`
      )
    }
    return { base, head: range.head }
  }

  /** Files and added line ranges between two commits (rename-aware), paths relative to the top level. */
  async diff(range: DiffRange, paths: string[] = []): Promise<FileChange[]> {
    const args = [
      '-c',
      'core.quotePath=true',
      'diff',
      '--no-color',
      '--no-ext-diff',
      '--unified=0',
      '--find-renames',
      range.base,
      range.head
    ]
    if (paths.length) args.push('--', ...paths)
    const r = await this.run(args)
    return parseUnifiedDiff(r.stdout)
  }

  /** Changes staged in the index against HEAD (or against the empty tree on the first commit). */
  async diffStaged(): Promise<FileChange[]> {
    const r = await this.run([
      '-c',
      'core.quotePath=true',
      'diff',
      '--cached',
      '--no-color',
      '--no-ext-diff',
      '--unified=0',
      '--find-renames'
    ])
    return parseUnifiedDiff(r.stdout)
  }

  async show(rev: string, path: string): Promise<string | undefined> {
    const r = await this.run(['show', `${rev}:${path}`], { allowFailure: true })
    return r.exitCode === 0 ? r.stdout : undefined
  }

  /** The working tree's files as git sees them: tracked plus untracked but not ignored, relative to cwd, sorted. */
  async workingTreeFiles(...paths: string[]): Promise<string[]> {
    const args = ['-c', 'core.quotePath=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard']
    if (paths.length) args.push('--', ...paths)
    const r = await this.run(args)
    return [...new Set(r.stdout.split('\0').filter(Boolean))].sort()
  }

  async listFiles(rev: string): Promise<string[]> {
    const r = await this.run(['ls-tree', '-r', '-z', '--name-only', rev])
    return r.stdout.split('\0').filter(Boolean)
  }
}

export function short(sha: string): string {
  return /^[0-9a-f]{40}$/.test(sha) ? sha.slice(0, 7) : sha
}

function hasGitEntryAbove(folder: string): boolean {
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return true
    if (dirname(dir) === dir) return false
  }
}
