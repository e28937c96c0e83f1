import type { LinterAdapter, LinterId } from './adapter.js'
import { adapterFor } from './adapters/index.js'
import { readText } from './config/read-text.js'
import type { ProjectFiles } from './project-files.js'

export interface SelectedLinter {
  adapter: LinterAdapter
  /** why it runs: `pyproject.toml [tool.ruff]`, `listed in linters` */
  reason: string
  /**
   * the repository configures it (a config section or file, a dev-dependency, the `linters` list): missing is an error.
   * Otherwise it was only suggested by the files (a Dockerfile, shell scripts): missing is a notice.
   */
  configured: boolean
}

/** `[tool.ruff]`, `[tool.ruff.lint]` → ruff, ruff.lint */
export function pyprojectToolSections(text: string): Set<string> {
  const sections = new Set<string>()
  for (const m of text.matchAll(/^\s*\[\s*tool\.([\w-]+)((?:\.[\w-]+)*)\s*\]/gm)) {
    sections.add(m[1])
    if (m[2]) sections.add(`${m[1]}${m[2]}`)
  }
  return sections
}

/** `[flake8]`, `[mypy]`, `[tool:isort]`, `[isort]`, `[pylint.MESSAGES CONTROL]` in setup.cfg / tox.ini */
export function iniSections(text: string): Set<string> {
  const sections = new Set<string>()
  for (const m of text.matchAll(/^\s*\[([^\]]+)\]/gm))
    sections.add(
      m[1]
        .trim()
        .replace(/^tool:/, '')
        .split(/[.:\s]/)[0]
        .toLowerCase()
    )
  return sections
}

interface PackageJson {
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  prettier?: unknown
  eslintConfig?: unknown
}

/**
 * `linters: auto`: what the repository itself uses, read from its configuration (pyproject.toml [tool.*], setup.cfg,
 * tox.ini, .flake8, .pre-commit-config.yaml, package.json, eslint/prettier configs) and its files (Dockerfiles, shell
 * scripts, workflow files).
 */
export function detectLinters(project: ProjectFiles): SelectedLinter[] {
  const workingDirectory = project.cwd
  const found = new Map<LinterId, SelectedLinter>()
  const add = (id: LinterId, reason: string, configured = true) => {
    const existing = found.get(id)
    if (existing) {
      if (configured && !existing.configured) found.set(id, { adapter: existing.adapter, reason, configured })
      return
    }
    found.set(id, { adapter: adapterFor(id)!, reason, configured })
  }
  const has = (name: string) => project.has(name)
  const anyMatch = (globs: string[]) => project.find(globs)

  const pyproject = readText(workingDirectory, 'pyproject.toml')
  if (pyproject !== undefined) {
    const tools = pyprojectToolSections(pyproject)
    const where = (t: string) => `pyproject.toml [tool.${t}]`
    if (tools.has('ruff')) {
      add('ruff-check', where('ruff'))
      // ruff format is the formatter unless the project formats with black
      if (tools.has('ruff.format') || !tools.has('black'))
        add('ruff-format', where(tools.has('ruff.format') ? 'ruff.format' : 'ruff'))
    }
    for (const [section, id] of [
      ['black', 'black'],
      ['isort', 'isort'],
      ['mypy', 'mypy'],
      ['pylint', 'pylint'],
      ['bandit', 'bandit'],
      ['flake8', 'flake8']
    ] as const) {
      if (tools.has(section)) add(id, where(section))
    }
  }
  for (const file of ['setup.cfg', 'tox.ini']) {
    const text = readText(workingDirectory, file)
    if (text === undefined) continue
    const sections = iniSections(text)
    for (const [section, id] of [
      ['flake8', 'flake8'],
      ['mypy', 'mypy'],
      ['isort', 'isort'],
      ['pylint', 'pylint'],
      ['bandit', 'bandit']
    ] as const) {
      if (sections.has(section)) add(id, `${file} [${section}]`)
    }
  }
  for (const [file, id] of [
    ['.flake8', 'flake8'],
    ['ruff.toml', 'ruff-check'],
    ['.ruff.toml', 'ruff-check'],
    ['mypy.ini', 'mypy'],
    ['.mypy.ini', 'mypy'],
    ['.pylintrc', 'pylint'],
    ['pylintrc', 'pylint'],
    ['.isort.cfg', 'isort'],
    ['.bandit', 'bandit'],
    ['.yamllint', 'yamllint'],
    ['.yamllint.yml', 'yamllint'],
    ['.yamllint.yaml', 'yamllint'],
    ['.hadolint.yaml', 'hadolint'],
    ['.hadolint.yml', 'hadolint'],
    ['.pre-commit-config.yaml', 'pre-commit'],
    ['tsconfig.json', 'tsc']
  ] as const) {
    if (has(file)) add(id, file)
  }

  const pkgText = readText(workingDirectory, 'package.json')
  if (pkgText !== undefined) {
    let pkg: PackageJson = {}
    try {
      pkg = JSON.parse(pkgText) as PackageJson
    } catch {
      // a broken package.json is npm's to report
    }
    const deps = { ...pkg.dependencies, ...pkg.devDependencies }
    if (deps.eslint) add('eslint', 'package.json devDependencies: eslint')
    if (deps.prettier) add('prettier', 'package.json devDependencies: prettier')
    if (deps['markdownlint-cli2']) add('markdownlint', 'package.json devDependencies: markdownlint-cli2')
    if (deps.typescript && has('tsconfig.json')) add('tsc', 'package.json devDependencies: typescript')
    if (pkg.prettier !== undefined) add('prettier', 'package.json "prettier"')
    if (pkg.eslintConfig !== undefined) add('eslint', 'package.json "eslintConfig"')
  }
  const eslintConfig = anyMatch([
    'eslint.config.{js,mjs,cjs,ts,mts,cts}',
    '.eslintrc',
    '.eslintrc.{js,cjs,json,yml,yaml}'
  ])
  if (eslintConfig) add('eslint', eslintConfig)
  const prettierConfig = anyMatch([
    '.prettierrc',
    '.prettierrc.{json,json5,yml,yaml,toml,js,cjs,mjs}',
    'prettier.config.{js,cjs,mjs,ts}'
  ])
  if (prettierConfig) add('prettier', prettierConfig)
  const markdownlintConfig = anyMatch([
    '.markdownlint-cli2.{jsonc,yaml,cjs,mjs}',
    '.markdownlint.{json,jsonc,yaml,yml}'
  ])
  if (markdownlintConfig) add('markdownlint', markdownlintConfig)

  // only files, no configuration: these run when the tool is there
  const dockerfile = anyMatch(adapterFor('hadolint')!.filePatterns)
  if (dockerfile) add('hadolint', dockerfile, false)
  const script = project.forAdapter(adapterFor('shellcheck')!).files[0]
  if (script) add('shellcheck', script, false)
  const workflow = anyMatch(adapterFor('actionlint')!.filePatterns)
  if (workflow) add('actionlint', workflow, false)

  return [...found.values()]
}
