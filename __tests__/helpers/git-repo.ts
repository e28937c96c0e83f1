import { spawnSync } from 'node:child_process'
import { chmodSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { REPO_ROOT } from '../harness/run-action.js'

/** A fixture project: path relative to the repository → text. */
export type Files = Record<string, string>

/** One identity for every fixture commit, so commits work on a machine with no git configuration. */
const IDENTITY = {
  GIT_AUTHOR_NAME: 'Fixture',
  GIT_AUTHOR_EMAIL: 'fixture@example.invalid',
  GIT_COMMITTER_NAME: 'Fixture',
  GIT_COMMITTER_EMAIL: 'fixture@example.invalid'
}

/** git in `cwd` as the fixture identity: its trimmed output, or an error carrying git's own message. */
export function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...IDENTITY } })
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  return result.stdout.trim()
}

/** Writes the files under `dir`, making folders as needed; shell scripts (`*.sh`) are made executable. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, text] of Object.entries(files)) {
    const full = join(dir, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, text)
    if (path.endsWith('.sh')) chmodSync(full, 0o755)
  }
}

/** The embedded demo project (examples/demo-repo) in a fresh git repository: its folder and its first commit, on main. */
export function demoRepository(prefix: string): { dir: string; base: string } {
  const dir = mkdtempSync(join(tmpdir(), `ci-suite-${prefix}-`))
  cpSync(join(REPO_ROOT, 'examples', 'demo-repo'), dir, { recursive: true })
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'base')
  return { dir, base: git(dir, 'rev-parse', 'HEAD') }
}
