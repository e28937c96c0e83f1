import { ParseError } from '@ci-suite/core'
import { posix } from 'node:path'

export type LockfileKind =
  | 'package-lock'
  | 'yarn-classic'
  | 'yarn-berry'
  | 'pnpm'
  | 'bun'
  | 'requirements'
  | 'poetry'
  | 'pipfile'
  | 'uv'
  | 'pdm'
  | 'gomod'
  | 'gosum'
  | 'cargo'
  | 'gemfile'
  | 'composer'
  | 'nuget'

const BY_NAME: Record<string, LockfileKind> = {
  'package-lock.json': 'package-lock',
  'npm-shrinkwrap.json': 'package-lock',
  'pnpm-lock.yaml': 'pnpm',
  'bun.lock': 'bun',
  'poetry.lock': 'poetry',
  'Pipfile.lock': 'pipfile',
  'uv.lock': 'uv',
  'pdm.lock': 'pdm',
  'go.mod': 'gomod',
  'go.sum': 'gosum',
  'Cargo.lock': 'cargo',
  'Gemfile.lock': 'gemfile',
  'gems.locked': 'gemfile',
  'composer.lock': 'composer',
  'packages.lock.json': 'nuget'
}

/** requirements.txt, requirements-dev.txt, dev-requirements.txt, requirements/base.txt */
export function isRequirementsFile(file: string): boolean {
  const base = posix.basename(file)
  return (
    /requirements.*\.txt$/i.test(base) ||
    (/\.txt$/.test(base) && posix.basename(posix.dirname(file)) === 'requirements')
  )
}

/** A lockfile's name says its format; yarn.lock's first lines tell classic from berry. */
export function lockfileKind(file: string, text?: string): LockfileKind | undefined {
  const base = posix.basename(file.replace(/\\/g, '/'))
  if (base === 'yarn.lock') {
    if (text === undefined) return 'yarn-classic'
    return /^__metadata:/m.test(text) ? 'yarn-berry' : 'yarn-classic'
  }
  const kind = BY_NAME[base]
  if (kind) return kind
  if (isRequirementsFile(file)) return 'requirements'
  if (text !== undefined) return sniff(text)
  return undefined
}

/** For a file with another name (`--files deps.lock`): look at the content. */
function sniff(text: string): LockfileKind | undefined {
  const head = text.slice(0, 4096)
  if (/^\s*\{/.test(head)) {
    if (/"lockfileVersion"\s*:/.test(head) && /"packages"\s*:\s*\{/.test(text) && /\[\s*"[^"]+@/.test(head))
      return 'bun'
    if (/"lockfileVersion"\s*:/.test(head)) return 'package-lock'
    if (/"_meta"\s*:/.test(head)) return 'pipfile'
    if (/"content-hash"\s*:/.test(head) || /"packages-dev"\s*:/.test(text)) return 'composer'
    if (/"dependencies"\s*:\s*\{\s*"(net|\.NET)/i.test(head)) return 'nuget'
  }
  if (/^# yarn lockfile v1/m.test(head)) return 'yarn-classic'
  if (/^__metadata:/m.test(head)) return 'yarn-berry'
  if (/^lockfileVersion:/m.test(head)) return 'pnpm'
  if (/^module\s+\S+/m.test(head)) return 'gomod'
  if (/^(GEM|GIT|PATH)\n {2}remote:/m.test(head)) return 'gemfile'
  if (/^\[\[package\]\]/m.test(head)) {
    if (/^checksum = /m.test(text) || /^source = "registry\+/m.test(text)) return 'cargo'
    if (/^source = \{/m.test(text)) return 'uv'
    if (/^\[metadata\][\s\S]*lock_version/m.test(text)) return 'pdm'
    return 'poetry'
  }
  return undefined
}

export const SUPPORTED_LOCKFILES =
  'package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml, bun.lock, requirements*.txt, poetry.lock, Pipfile.lock, uv.lock, pdm.lock, go.mod, go.sum, Cargo.lock, Gemfile.lock, composer.lock, packages.lock.json'

export function requireKind(file: string, text: string): LockfileKind {
  const kind = lockfileKind(file, text)
  if (!kind) {
    if (posix.basename(file) === 'bun.lockb')
      throw new ParseError(
        file,
        'the binary bun.lockb is not readable: run `bun install --save-text-lockfile` to write bun.lock'
      )
    throw new ParseError(file, `not a lockfile this reads (it reads ${SUPPORTED_LOCKFILES})`)
  }
  return kind
}
