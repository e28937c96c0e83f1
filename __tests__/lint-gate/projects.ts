import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { git, writeFiles, type Files } from '../helpers/git-repo.js'

/**
 * Fixture projects with known problems, written to a fresh git repository for each test. The problems are real
 * code; the findings come from the real tools at test time.
 */

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const NODE_BIN = join(REPO_ROOT, 'node_modules', '.bin')

export const PYTHON_PROBLEMS: Files = {
  'pyproject.toml': [
    '[project]',
    'name = "shop"',
    'version = "0.1.0"',
    '',
    '[tool.ruff]',
    'line-length = 120',
    '',
    '[tool.black]',
    'line-length = 120',
    '',
    '[tool.isort]',
    'profile = "black"',
    '',
    '[tool.mypy]',
    'ignore_missing_imports = true',
    ''
  ].join('\n'),
  'setup.cfg': '[flake8]\nmax-line-length = 120\nexclude = migrations\n',
  'shop/__init__.py': '',
  // line 1: F401 unused imports (os, sys), E401; line 5: F841 unused local; line 6: F821 undefined name
  'shop/orders.py': [
    'import os, sys',
    '',
    '',
    'def total( items ):',
    '    unused = 1',
    '    return sum(items)+undefined_name',
    ''
  ].join('\n'),
  // line 6: mypy arg-type at column 11; line 9: bandit B602 subprocess with shell=True
  'shop/billing.py': [
    'import subprocess',
    '',
    '',
    'def add(a: int, b: int) -> int:',
    '    return a + b',
    'result = add("1", 2)',
    '',
    '',
    'subprocess.call("ls " + str(result), shell=True)',
    ''
  ].join('\n'),
  'migrations/0001_initial.py': 'import os\n'
}

export const PYTHON_CLEAN: Files = {
  'pyproject.toml':
    '[project]\nname = "clean"\nversion = "0.1.0"\n\n[tool.ruff]\nline-length = 120\n\n[tool.black]\nline-length = 120\n',
  'setup.cfg': '[flake8]\nmax-line-length = 120\n',
  'clean/__init__.py': '',
  'clean/maths.py':
    '"""Small helpers."""\n\n\ndef add(a: int, b: int) -> int:\n    """Add two numbers."""\n    return a + b\n'
}

export const NODE_PROBLEMS: Files = {
  'package.json': JSON.stringify(
    {
      name: 'web',
      private: true,
      type: 'module',
      devDependencies: { eslint: '^9', prettier: '^3', typescript: '^5', 'markdownlint-cli2': '^0.22' }
    },
    null,
    2
  ),
  // no-unused-vars (error) and eqeqeq (warning) from the rules below
  'eslint.config.mjs':
    "export default [{ files: ['**/*.js'], rules: { 'no-unused-vars': 'error', eqeqeq: 'warn' } }]\n",
  '.prettierrc.json': '{ "semi": false, "singleQuote": true }\n',
  '.prettierignore': '*.json\n*.mjs\n',
  'tsconfig.json': JSON.stringify(
    {
      compilerOptions: { strict: true, noEmit: true, types: [], target: 'ES2022', module: 'ES2022' },
      include: ['src']
    },
    null,
    2
  ),
  // src/app.js line 1: unused variable `unused` (col 7); line 3: == (eqeqeq, col 9); double quotes and semicolons for prettier
  'src/app.js': 'const unused = "x";\nexport function same(a, b) {\n  return a == b;\n}\n',
  // src/types.ts line 1: TS2322 at column 7
  'src/types.ts': "const count: number = 'three'\nexport default count\n",
  // README.md: MD018 on line 3, MD012 on line 5 (two blank lines)
  'README.md': '# Web\n\n#Install\n\n\n\nText.\n'
}

export const INFRA_PROBLEMS: Files = {
  // SC2086 on line 3 (col 6); SC2045 on line 4 (col 10)
  'scripts/deploy.sh': '#!/bin/sh\nset -e\necho $1\nfor f in `ls`; do echo "$f"; done\n',
  // key-duplicates on line 3; document-start warning on line 1
  'config/app.yaml': 'name: shop\nport: 8000\nname: other\n',
  '.yamllint': 'extends: default\nrules:\n  line-length: disable\n',
  // actionlint: an unknown runner label and a bad expression
  '.github/workflows/ci.yml': [
    'on: push',
    'jobs:',
    '  test:',
    '    runs-on: ubuntu-lates',
    '    steps:',
    '      - run: echo "${{ github.event.unknown_field.foo }}"',
    '      - uses: actions/checkout@v4',
    '        with:',
    '          fetch-depth: ${{ matrix.depth }}',
    ''
  ].join('\n')
}

/** A git repository holding the files, committed on `main`. */
export function project(files: Files): string {
  const dir = mkdtempSync(join(tmpdir(), 'lint-gate-'))
  git(dir, 'init', '-q', '-b', 'main')
  writeFiles(dir, files)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'base')
  return dir
}

/** A bin folder with an executable script per name, put first on PATH by tests. */
export function binFolder(scripts: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lint-gate-bin-'))
  for (const [name, body] of Object.entries(scripts)) {
    writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`)
    chmodSync(join(dir, name), 0o755)
  }
  return dir
}

/** `ruff` backed by ruff's WebAssembly engine (its CLI is not installable here). */
export function ruffBin(): string {
  return binFolder({
    ruff: `exec node "${join(REPO_ROOT, '__tests__', 'lint-gate', 'support', 'ruff-wasm-cli.mjs')}" "$@"`
  })
}

/** PATH for a test: extra folders, then this repository's node_modules/.bin, then the system's. */
export function testPath(...first: string[]): string {
  return [...first, NODE_BIN, dirname(process.execPath), '/usr/bin', '/bin'].join(':')
}
