import { describe, expect, test } from '@jest/globals'
import { renderMarkdown, renderText } from '@ci-suite/core'
import { lint } from './lint.js'
import { git, writeFiles } from '../helpers/git-repo.js'
import { project, PYTHON_PROBLEMS, ruffBin } from './projects.js'

const ruff = ruffBin()

describe('the summary', () => {
  test('has a table per tool with the exact fix commands, findings linked to their lines, and collapsed diffs', async () => {
    const dir = project(PYTHON_PROBLEMS)
    const { result } = await lint(
      dir,
      { linters: 'ruff-check, ruff-format, isort, flake8, mypy', filter: 'nofilter' },
      { path: [ruff] }
    )
    const markdown = renderMarkdown([...(result.sections ?? []), ...(result.fix ?? [])]).markdown
    expect(markdown).toContain('| ruff check | ❌ fail |')
    expect(markdown).toContain('`ruff check . --fix`')
    expect(markdown).toContain('`ruff format .`')
    expect(markdown).toContain('https://github.com/octo/demo/blob/' + 'a'.repeat(40) + '/shop/orders.py#L6')
    expect(markdown).toMatch(/<details>\s*<summary>ruff-format: shop\/orders\.py<\/summary>/)
    // isort names files in its diff as given (absolute here): the summary shows repository paths only
    expect(markdown).toContain('--- shop/orders.py:before')
    expect(markdown).not.toContain(dir)
    // the runbook's chained fix, then the tools whose findings are fixed by hand
    expect(markdown).toContain('ruff check . --fix && ruff format . && isort .')
    expect(markdown).toContain('mypy .')
    expect(renderText(result.sections ?? [])).toContain('ruff check')
  })

  test('gives mypy without a path when its configuration names the files, and names a code-less rule once', async () => {
    const dir = project({
      'mypy.ini': '[mypy]\nfiles = shop\nwarn_unused_ignores = True\n',
      'shop/app.py': 'x = 1  # type: ignore\ny: int = "b"\n',
      'tools/other.py': 'z: int = "c"\n'
    })
    const { result } = await lint(dir, { linters: 'mypy', filter: 'nofilter' })
    // Debian's mypy 1.0 gives the unused ignore no error code
    expect(result.findings.map(f => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([
      'shop/app.py:1 mypy',
      'shop/app.py:2 assignment'
    ])
    const markdown = renderMarkdown([...(result.sections ?? []), ...(result.fix ?? [])]).markdown
    expect(markdown).toContain('`mypy` Unused')
    expect(markdown).toContain('`mypy assignment`')
    expect(markdown).toMatch(/\| `mypy` \|/)
    expect(markdown).not.toContain('mypy .')
  })

  test('collapses the findings beyond the first 15 and says how many', async () => {
    const many = Array.from({ length: 20 }, (_, i) => `import mod${i}`).join('\n') + '\n'
    const dir = project({ 'setup.cfg': '[flake8]\n', 'a.py': many })
    const { result } = await lint(dir, { linters: 'flake8', filter: 'nofilter' })
    expect(result.findings).toHaveLength(20)
    expect(renderMarkdown(result.sections ?? []).markdown).toContain('5 more findings')
  })

  test('says how many findings the filter left out, and against which commit', async () => {
    const dir = project(PYTHON_PROBLEMS)
    git(dir, 'checkout', '-q', '-b', 'feature')
    writeFiles(dir, { 'shop/new.py': 'import re\n' })
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'new')
    const base = git(dir, 'rev-parse', 'main')
    const { result } = await lint(dir, { linters: 'flake8', filter: 'added' }, { base: 'main', head: 'feature' })
    const markdown = renderMarkdown(result.sections ?? []).markdown
    expect(markdown).toContain('8 findings were outside it')
    expect(markdown).toContain(base.slice(0, 7))
    expect(result.counts).toContainEqual(['Outside the filter (added)', 8])
  })
})
