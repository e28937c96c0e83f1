import type { LinterAdapter, ToolFinding } from '../adapter.js'

// markdownlint-cli2's default formatter, on stderr: `file:line[:col] [error|warning ]MD009/alias description [detail]`
// (the severity word appeared in 0.18; older versions print none, and every result is an error)
const LINE = /^(.+?):(\d+)(?::(\d+))? (?:(error|warning) )?(MD\d+)((?:\/[\w-]+)*) (.*)$/

export function parseMarkdownlint(text: string): ToolFinding[] {
  return text.split('\n').flatMap((line): ToolFinding[] => {
    const m = LINE.exec(line.trimEnd())
    if (!m) return []
    return [
      {
        file: m[1],
        line: Number(m[2]),
        column: m[3] ? Number(m[3]) : undefined,
        severity: m[4] === 'warning' ? 'warning' : 'error',
        ruleId: `${m[5]}${m[6]}`,
        message: m[7]
      }
    ]
  })
}

/** markdownlint-cli2: exit 1 = violations, 2 = could not run. */
export const markdownlint: LinterAdapter = {
  id: 'markdownlint',
  title: 'markdownlint-cli2',
  executable: 'markdownlint-cli2',
  ecosystem: 'node',
  installPackage: 'markdownlint-cli2',
  install: 'npm install --save-dev markdownlint-cli2',
  kind: 'linter',
  filePatterns: ['**/*.{md,markdown}'],
  exitCodes: [0, 1],
  // a leading `:` makes markdownlint-cli2 take the argument as a literal path, not a glob
  args: ({ files, extraArgs }) => [...extraArgs, ...files.map(f => `:${f}`)],
  parse: ({ stderr }) => parseMarkdownlint(stderr),
  fix: 'npx markdownlint-cli2 --fix "**/*.md"',
  check: 'npx markdownlint-cli2 "**/*.md"'
}
