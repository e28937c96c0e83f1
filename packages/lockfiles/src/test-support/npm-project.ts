import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/**
 * A temporary npm project whose lockfile npm itself writes (`npm install --package-lock-only`): real fixtures. With
 * `install`, npm installs node_modules too.
 */
export function npmLockedProject(
  manifest: Record<string, unknown>,
  options: {
    lockfileVersion?: 1 | 2 | 3
    shrinkwrap?: boolean
    workspaces?: Record<string, Record<string, unknown>>
    install?: boolean
  } = {}
): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-suite-lock-'))
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2))
  for (const [folder, workspaceManifest] of Object.entries(options.workspaces ?? {})) {
    mkdirSync(join(dir, folder), { recursive: true })
    writeFileSync(join(dir, folder, 'package.json'), JSON.stringify(workspaceManifest, null, 2))
  }
  const run = (args: string[]) =>
    execFileSync('npm', args, {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, npm_config_update_notifier: 'false' }
    })
  run([
    'install',
    ...(options.install ? [] : ['--package-lock-only']),
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
    `--lockfile-version=${options.lockfileVersion ?? 3}`
  ])
  if (options.shrinkwrap) run(['shrinkwrap'])
  return dir
}

/**
 * The package managers the tests run, pinned as devDependencies (package-lock.json holds their exact versions) and
 * started by their entry scripts: yarn classic and berry both name their binary `yarn`.
 */
const TOOLS = {
  'yarn@1': 'node_modules/yarn/bin/yarn.js',
  'yarn@4': 'node_modules/@yarnpkg/cli-dist/bin/yarn.js',
  'pnpm@9': 'node_modules/pnpm/bin/pnpm.cjs'
} as const

/** The command line that runs a pinned package manager with these arguments. */
function toolCommand(tool: keyof typeof TOOLS, args: string[]): [string, string[]] {
  return [process.execPath, [join(process.cwd(), TOOLS[tool]), ...args]]
}

/**
 * A copy of a tool-written fixture folder (`__tests__/fixtures/lockfiles/<name>`) with node_modules installed by the
 * tool that wrote it, from its lockfile (`yarn install --frozen-lockfile` with yarn 1, `pnpm install
 * --frozen-lockfile` with pnpm 9): what a CI job has after its install step.
 */
export function installedFixture(name: string, tool: 'yarn@1' | 'pnpm@9'): string {
  const dir = mkdtempSync(join(tmpdir(), `ci-suite-installed-${name}-`))
  cpSync(join(process.cwd(), '__tests__/fixtures/lockfiles', name), dir, { recursive: true })
  execFileSync(...toolCommand(tool, ['install', '--frozen-lockfile', '--ignore-scripts']), {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 180_000,
    env: { ...process.env, npm_config_update_notifier: 'false', CI: 'true' }
  })
  return dir
}

/** The arguments that lock a project with yarn 1 (classic), pnpm 9 and yarn 4 (berry). */
const LOCK_COMMANDS = {
  // yarn classic has no lockfile-only mode: it installs node_modules as well
  'yarn@1': ['install', '--ignore-scripts', '--non-interactive', '--no-progress'],
  'pnpm@9': ['install', '--lockfile-only', '--ignore-scripts'],
  'yarn@4': ['install', '--mode=update-lockfile']
} as const

/**
 * A temporary project (path → file content, objects as JSON: package.json files, pnpm-workspace.yaml) whose lockfile
 * the tool itself writes: real fixtures for the workspace layouts of pnpm and both yarns.
 */
export function toolLockedProject(
  files: Record<string, string | Record<string, unknown>>,
  tool: keyof typeof LOCK_COMMANDS
): string {
  const dir = mkdtempSync(join(tmpdir(), `ci-suite-${tool.replace(/@.*/, '')}-`))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content, null, 2))
  }
  execFileSync(...toolCommand(tool, [...LOCK_COMMANDS[tool]]), {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 180_000,
    env: { ...process.env, npm_config_update_notifier: 'false', CI: 'true', YARN_ENABLE_TELEMETRY: '0' }
  })
  return dir
}
