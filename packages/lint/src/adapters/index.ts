import { ParseError } from '@ci-suite/core'
import type { LinterAdapter, LinterId } from '../adapter.js'
import { actionlint } from './actionlint.js'
import { bandit } from './bandit.js'
import { black } from './black.js'
import { eslint } from './eslint.js'
import { flake8 } from './flake8.js'
import { hadolint } from './hadolint.js'
import { isort } from './isort.js'
import { markdownlint } from './markdownlint.js'
import { mypy } from './mypy.js'
import { preCommit } from './pre-commit.js'
import { prettier } from './prettier.js'
import { pylint } from './pylint.js'
import { ruffCheck } from './ruff-check.js'
import { ruffFormat } from './ruff-format.js'
import { shellcheck } from './shellcheck.js'
import { tsc } from './tsc.js'
import { yamllint } from './yamllint.js'

/**
 * A tool's output is untrusted input: well-formed JSON of another shape (`null`, `{}` where a list belongs) must end
 * as a ParseError for that tool, never as a TypeError from deep inside a reader.
 */
function readingShapeSafely(adapter: LinterAdapter): LinterAdapter {
  return {
    ...adapter,
    parse(output, context) {
      try {
        return adapter.parse(output, context)
      } catch (error) {
        if (error instanceof TypeError || error instanceof RangeError) {
          throw new ParseError(`${adapter.id} output`, `not in the shape ${adapter.id} writes (${error.message})`)
        }
        throw error
      }
    }
  }
}

/** Every adapter, in the order the summary lists them. */
export const ADAPTERS: readonly LinterAdapter[] = [
  ruffCheck,
  ruffFormat,
  black,
  isort,
  flake8,
  pylint,
  mypy,
  bandit,
  eslint,
  prettier,
  tsc,
  shellcheck,
  hadolint,
  yamllint,
  actionlint,
  markdownlint,
  preCommit
].map(readingShapeSafely)

export const LINTER_IDS = ADAPTERS.map(a => a.id)

// names a user may write in `linters:` besides the ids
const ALIASES: Record<string, LinterId> = {
  ruff: 'ruff-check',
  'ruff check': 'ruff-check',
  'ruff format': 'ruff-format',
  'markdownlint-cli2': 'markdownlint',
  typescript: 'tsc',
  precommit: 'pre-commit'
}

export function adapterFor(name: string): LinterAdapter | undefined {
  const key = name.trim().toLowerCase()
  const id = ALIASES[key] ?? key
  return ADAPTERS.find(a => a.id === id)
}
