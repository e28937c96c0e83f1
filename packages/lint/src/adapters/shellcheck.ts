import type { LinterAdapter, Severity, ToolFinding } from '../adapter.js'
import { parseToolJson } from '../output/json.js'

interface ShellcheckComment {
  file: string
  line: number
  endLine: number
  column: number
  level: 'error' | 'warning' | 'info' | 'style'
  code: number
  message: string
}

/** error is an error; warning, info and style are warnings. */
export function shellcheckSeverity(level: ShellcheckComment['level']): Severity {
  return level === 'error' ? 'error' : 'warning'
}

/** `shellcheck -f json1`: `{comments: [...]}` (plain `json`, an array, before 0.7); exit 1 = comments, 2-4 = could not run. */
export const shellcheck: LinterAdapter = {
  id: 'shellcheck',
  title: 'shellcheck',
  executable: 'shellcheck',
  ecosystem: 'binary',
  install: 'apt-get install shellcheck (or: brew install shellcheck)',
  kind: 'linter',
  filePatterns: ['**/*.{sh,bash,ksh,bats}'],
  // the shells shellcheck knows, run directly or through env: `#!/bin/sh -e`, `#!/usr/bin/env bash`
  interpreters: /^#!\s*(?:\S*\/)?(?:env\s+(?:-\S+\s+)*)?(?:sh|bash|dash|ksh|bats)(?:\s|$)/,
  exitCodes: [0, 1],
  args: ({ files, extraArgs }) => ['-f', 'json1', ...extraArgs, ...files],
  parse: ({ stdout }) => {
    const json = parseToolJson<{ comments: ShellcheckComment[] } | ShellcheckComment[]>(stdout, 'shellcheck', {
      comments: []
    })
    const comments = Array.isArray(json) ? json : json.comments
    return comments.map((c): ToolFinding => ({
      ruleId: `SC${c.code}`,
      severity: shellcheckSeverity(c.level),
      message: c.message,
      file: c.file,
      line: c.line,
      column: c.column,
      endLine: c.endLine
    }))
  },
  fix: "shellcheck -f diff $(git ls-files '*.sh' '*.bash') | git apply",
  check: "shellcheck $(git ls-files '*.sh' '*.bash')"
}
