import { readFileSync, realpathSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createTwoFilesPatch } from 'diff'
import { runProcess } from '@ci-suite/core'
import { ToolFailure, type ExecutableContext, type ToolFinding } from '../adapter.js'
import { formatterFindings } from './formatter-findings.js'

export const PRETTIER_MESSAGE = 'not formatted as prettier would format it'

interface PrettierApi {
  format(text: string, options: Record<string, unknown>): string | Promise<string>
  resolveConfig(file: string, options: { editorconfig: boolean }): Promise<Record<string, unknown> | null>
  getFileInfo(
    file: string,
    options: { ignorePath?: string | string[]; resolveConfig?: boolean }
  ): Promise<{ ignored: boolean; inferredParser: string | null }>
}

/** The prettier package behind the executable (node_modules/.bin/prettier links to <package>/bin/prettier.cjs). */
function prettierPackage(executable: string): string | undefined {
  return prettierPackageJson(executable)?.root
}

function prettierPackageJson(executable: string): { root: string; version: string } | undefined {
  for (let dir = dirname(realpathSync(executable)); dirname(dir) !== dir; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string }
      if (pkg.name === 'prettier') return { root: dir, version: pkg.version ?? '' }
    } catch {
      // not a package folder
    }
  }
  return undefined
}

const apis = new Map<string, Promise<PrettierApi>>()

/** The project's own prettier as a library: the same version, plugins and configuration as its CLI. */
function prettierApi(executable: string): Promise<PrettierApi> {
  const root = prettierPackage(executable)
  if (!root) return Promise.reject(new Error(`no prettier package behind ${executable}`))
  let api = apis.get(root)
  if (!api) {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main?: string }
    const entry = pathToFileURL(join(root, pkg.main ?? 'index.js')).href
    api = import(/* webpackIgnore: true */ entry).then((m: PrettierApi & { default?: PrettierApi }) =>
      typeof m.format === 'function' ? m : m.default!
    )
    apis.set(root, api)
  }
  return api
}

type PrettierContext = ExecutableContext

/** The file as prettier's CLI prints it: with the user's extra arguments, which can change the options. */
async function formattedByCli(file: string, context: PrettierContext): Promise<string> {
  const r = await runProcess(context.executable, [...context.extraArgs, '--no-color', file], {
    cwd: context.cwd,
    env: context.env,
    timeoutMs: context.timeoutMs
  })
  if (r.timedOut) throw new Error(`prettier did not finish within ${Math.round(context.timeoutMs / 1000)} s`)
  if (r.exitCode !== 0) throw new Error(r.stderr.trim())
  return r.stdout
}

/**
 * The file as prettier would write it: its API in this process (one process for all files), or its CLI when extra
 * arguments change the options or the API cannot be loaded.
 */
async function formatted(file: string, context: PrettierContext): Promise<string> {
  if (context.extraArgs.length) return formattedByCli(file, context)
  const path = resolve(context.cwd, file)
  try {
    const api = await prettierApi(context.executable)
    const options = (await api.resolveConfig(path, { editorconfig: true })) ?? {}
    return await api.format(await readFile(path, 'utf8'), { ...options, filepath: path })
  } catch {
    return formattedByCli(file, context)
  }
}

/**
 * `prettier --list-different` names the files only: for each, the unified diff from the file to prettier's output,
 * and the first line it changes as the finding's line (as black's and ruff format's findings have).
 */
export async function prettierDiffs(findings: ToolFinding[], context: PrettierContext): Promise<ToolFinding[]> {
  return Promise.all(
    findings.map(async finding => {
      if (!finding.file) return finding
      const before = await readFile(resolve(context.cwd, finding.file), 'utf8')
      const after = await formatted(finding.file, context)
      const [withDiff] = await fileDiffFindings(finding.file, context, before, after)
      return withDiff ? { ...finding, line: withDiff.line, diff: withDiff.diff, hunks: withDiff.hunks } : finding
    })
  )
}

/**
 * The finding for a file prettier would change: its diff, and the first line it changes. GNU/BSD `diff -u` makes the
 * diff (the formatted text on its stdin): a reformatted file changes nearly every line, where a diff in JavaScript
 * (jsdiff, the fallback when there is no `diff`) takes seconds a file.
 */
async function fileDiffFindings(
  file: string,
  context: PrettierContext,
  before: string,
  after: string
): Promise<ToolFinding[]> {
  const r = await runProcess('diff', ['-u', '--label', file, '--label', file, file, '-'], {
    cwd: context.cwd,
    input: after,
    timeoutMs: context.timeoutMs
  })
  const patch =
    r.exitCode === 1 && !r.notFound && !r.timedOut
      ? r.stdout
      : createTwoFilesPatch(file, file, before, after, undefined, undefined, { context: 3 })
  return formatterFindings(patch, 'prettier', PRETTIER_MESSAGE)
}

/**
 * prettier as a library in this process, instead of `prettier --list-different` and then formatting each listed file a
 * second time for its diff: one pass that checks and diffs, as the CLI does internally (its ignore files,
 * `--ignore-unknown`, the configuration and .editorconfig of each file). Undefined when the project's prettier cannot
 * be used this way (extra CLI arguments, no package behind the executable, an API that does not load): the CLI runs.
 * A file prettier cannot parse is a ToolFailure, as the CLI's exit code 2 is.
 */
export async function prettierInProcess(context: PrettierContext): Promise<ToolFinding[] | undefined> {
  if (context.extraArgs.length) return undefined
  const pkg = prettierPackageJson(context.executable)
  if (!pkg) return undefined
  let api: PrettierApi
  // the CLI's own ignore files: .prettierignore, and from prettier 3 .gitignore too
  const ignoreFiles = Number(pkg.version.split('.')[0]) >= 3 ? ['.gitignore', '.prettierignore'] : ['.prettierignore']
  const ignorePath = ignoreFiles.map(f => join(context.cwd, f))
  const findings: ToolFinding[] = []
  try {
    api = await prettierApi(context.executable)
    // the API must work here before its answers count (a host that cannot load its plugins falls back to the CLI)
    await api.resolveConfig(join(context.cwd, 'package.json'), { editorconfig: true })
  } catch {
    return undefined
  }
  for (const file of context.files) {
    const path = resolve(context.cwd, file)
    const info = await api.getFileInfo(path, {
      ignorePath: ignorePath.length === 1 ? ignorePath[0] : ignorePath,
      resolveConfig: true
    })
    if (info.ignored || !info.inferredParser) continue
    const options = (await api.resolveConfig(path, { editorconfig: true })) ?? {}
    const before = await readFile(path, 'utf8')
    let after: string
    try {
      after = await api.format(before, { ...options, filepath: path })
    } catch (error) {
      const message = (error as Error).message.split('\n')[0]
      throw new ToolFailure(`${file}: ${(error as Error).name}: ${message}`)
    }
    if (after === before) continue
    findings.push(...(await fileDiffFindings(file, context, before, after)))
  }
  return findings
}
