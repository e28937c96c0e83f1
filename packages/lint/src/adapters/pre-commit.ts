import { ToolFailure, type LinterAdapter, type ToolFinding } from '../adapter.js'

// `name.....Failed` / `Passed` / `Skipped`; the dots fill the line to 79 columns
const HOOK_STATUS = /^(.+?)\.{3,}(?:\(no files to check\))?(Passed|Failed|Skipped)$/
// the common `path:line[:col]: message` shape most hooks print (flake8, mypy, pygrep...)
const LOCATED = /^([^\s:][^:]*?):(\d+):(?:(\d+):)?\s?(.*)$/

interface HookRun {
  name: string
  id: string
  status: string
  modifiedFiles: boolean
  output: string[]
}

export function parsePreCommitHooks(text: string): HookRun[] {
  const hooks: HookRun[] = []
  for (const line of text.split('\n')) {
    const status = HOOK_STATUS.exec(line.trimEnd())
    if (status) {
      hooks.push({ name: status[1].trim(), id: status[1].trim(), status: status[2], modifiedFiles: false, output: [] })
      continue
    }
    const hook = hooks[hooks.length - 1]
    if (!hook) continue
    const id = /^- hook id: (.+)$/.exec(line)
    if (id) hook.id = id[1].trim()
    else if (line.startsWith('- files were modified by this hook')) hook.modifiedFiles = true
    else if (!line.startsWith('- exit code:') && !line.startsWith('- duration:')) hook.output.push(line)
  }
  return hooks
}

/**
 * A failed hook's output lines of the `path:line[:col]: message` shape become findings on those lines; a failed hook
 * without such lines (a fixer that changed files, a tool with its own format) is one finding for the hook.
 */
export function parsePreCommit(text: string): ToolFinding[] {
  if (/^An (unexpected )?error has occurred/m.test(text)) {
    const line = text.split('\n').find(l => /^An (unexpected )?error has occurred/.test(l)) ?? ''
    throw new ToolFailure(line.trim())
  }
  return parsePreCommitHooks(text)
    .filter(h => h.status === 'Failed')
    .flatMap((hook): ToolFinding[] => {
      const located = hook.output.flatMap((line): ToolFinding[] => {
        const m = LOCATED.exec(line.trimEnd())
        if (!m) return []
        return [
          {
            ruleId: hook.id,
            severity: 'error',
            file: m[1],
            line: Number(m[2]),
            column: m[3] ? Number(m[3]) : undefined,
            message: m[4].trim() || hook.name
          }
        ]
      })
      if (located.length) return located
      const firstLine = hook.output.map(l => l.trim()).find(Boolean)
      const message = hook.modifiedFiles
        ? `${hook.name}: files were modified by this hook`
        : `${hook.name} failed${firstLine ? `: ${firstLine}` : ''}`
      return [{ ruleId: hook.id, severity: 'error', message }]
    })
}

/** `pre-commit run --all-files` (runbook 002): exit 1 = a hook failed, 3 = unexpected error. */
export const preCommit: LinterAdapter = {
  id: 'pre-commit',
  title: 'pre-commit',
  executable: 'pre-commit',
  ecosystem: 'python',
  installPackage: 'pre-commit',
  install: 'pip install pre-commit',
  kind: 'linter',
  filePatterns: ['.pre-commit-config.yaml'],
  project: true,
  exitCodes: [0, 1],
  args: ({ extraArgs }) => ['run', '--all-files', '--color', 'never', ...extraArgs],
  parse: ({ stdout, stderr }) => parsePreCommit(`${stdout}\n${stderr}`),
  fix: 'pre-commit run --all-files',
  check: 'pre-commit run --all-files'
}
