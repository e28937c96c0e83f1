import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import type { Block } from '@ci-suite/core'
import { runAction } from '../harness/run-action.js'
import { lint } from './lint.js'
import { git, type Files } from '../helpers/git-repo.js'
import { project, testPath } from './projects.js'

// lines 1-2 are formatted; line 4 is not (semicolons, spacing, a long parameter list)
const FILES: Files = {
  'package.json': '{ "name": "web", "private": true, "devDependencies": { "prettier": "^3" } }\n',
  '.prettierrc.json': '{ "semi": false, "singleQuote": true }\n',
  '.prettierignore': '*.json\n',
  'src/app.js': [
    "export const name = 'web'",
    '',
    'export function price(amount, rate) {',
    '  return amount*rate;;',
    '}',
    ''
  ].join('\n')
}

test.each([
  // at 20 columns, line 1 is too long as well
  ['the project’s configuration', '', [], 4],
  ['args that change the options', 'prettier: --print-width 20', ['--print-width', '20'], 1]
])(
  'a prettier finding carries the unified diff prettier would apply (with %s) and the first line it changes',
  async (_how, args, cliArgs, line) => {
    const dir = project(FILES)
    const { result } = await lint(dir, { linters: 'prettier', filter: 'nofilter', ...(args ? { args } : {}) })
    const [finding] = result.findings
    expect(result.findings).toHaveLength(1)
    expect(finding).toMatchObject({ tool: 'prettier', file: 'src/app.js', line })

    // the diff is prettier's own output: applied to the file, it gives what `prettier <file>` prints
    const own = spawnSync('prettier', [...cliArgs, 'src/app.js'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PATH: testPath() }
    }).stdout
    const diffs = (blocks: Block[]): string[] =>
      blocks.flatMap(b =>
        b.kind === 'details' ? diffs(b.blocks) : b.kind === 'code' && b.lang === 'diff' ? [b.text] : []
      )
    const shown = diffs(result.sections ?? [])
    expect(shown).toHaveLength(1)
    writeFileSync(join(dir, 'fix.diff'), `${shown[0]}\n`)
    git(dir, 'apply', '-p0', 'fix.diff')
    expect(readFileSync(join(dir, 'src/app.js'), 'utf8')).toBe(own)
  }
)

interface ToolMetrics {
  tools: Record<string, { status: string; via?: string; detail?: string }>
}

describe('the bundle, run as a runner runs it, with prettier as a library in its process', () => {
  test('shows the diff in the summary and the first changed line in the report', async () => {
    const dir = project(FILES)
    const run = await runAction('lint-gate', { cwd: dir, inputs: { linters: 'prettier', filter: 'nofilter' } })
    expect(run.report?.findings).toEqual([expect.objectContaining({ tool: 'prettier', file: 'src/app.js', line: 4 })])
    expect((run.report?.metrics as unknown as ToolMetrics).tools.prettier.via).toBe('library')
    expect(run.summary).toContain('-  return amount*rate;;')
    expect(run.summary).toContain('+  return amount * rate')
  })

  test.each([
    [
      'a file prettier cannot parse',
      { 'src/broken.js': 'export function (\n' },
      /^prettier could not run: src\/broken\.js: SyntaxError: /
    ],
    [
      'a configuration prettier cannot read',
      { '.prettierrc.json': '{ "semi": fals' },
      /prettier .*(could not run|exited with 2)/
    ]
  ])('%s is an error for prettier, as its CLI exit code 2 is', async (_name, broken: Files, detail) => {
    const dir = project({ ...FILES, ...broken })
    const run = await runAction('lint-gate', { cwd: dir, inputs: { linters: 'prettier', filter: 'nofilter' } })
    const prettier = (run.report?.metrics as unknown as ToolMetrics).tools.prettier
    expect(run.outputs.status).toBe('error')
    expect(prettier.status).toBe('error')
    expect(prettier.detail).toMatch(detail)
  })
})
