import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { InputReader, mapInputSource, type ActionContext, type CacheStore } from '@ci-suite/core'
import { definition } from '@ci-suite/audit'
import { npmLockedProject } from '../../packages/lockfiles/src/test-support/npm-project.js'
import { testContext } from '../helpers/action-context.js'

export const REQUIREMENTS = [
  'jinja2==3.1.2',
  'Django==4.2.1 ; python_version >= "3.8"',
  'urllib3==1.26.5',
  'requests>=2.31',
  ''
].join('\n')

export const NPM_MANIFEST = {
  name: 'shop',
  version: '1.0.0',
  dependencies: { lodash: '4.17.15' },
  devDependencies: { minimist: '1.2.0' }
}

let npmTemplate: string | undefined

/** A project with a package-lock.json that npm wrote (made once, copied) and a requirements.txt. */
export function auditProject(
  files: Record<string, string> = {},
  options: { npm?: boolean; requirements?: boolean } = {}
): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-suite-audit-'))
  if (options.npm !== false) {
    npmTemplate ??= npmLockedProject(NPM_MANIFEST)
    execFileSync('cp', [join(npmTemplate, 'package.json'), join(npmTemplate, 'package-lock.json'), dir])
  }
  if (options.requirements !== false) writeFileSync(join(dir, 'requirements.txt'), REQUIREMENTS)
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    writeFileSync(join(dir, file), text)
  }
  return dir
}

export function inputs(values: Record<string, string>) {
  return definition.readInputs(new InputReader(mapInputSource(values)))
}

export function context(
  dir: string,
  failOn = 'high',
  extra: Partial<ActionContext> & { payload?: Record<string, unknown> } = {}
) {
  return testContext('audit', {
    workingDirectory: dir,
    repoRoot: dir,
    ...extra,
    common: { workingDirectory: '.', failOn, ...extra.common }
  })
}

/** A CacheStore over a folder: what the runtime's terminal mode or the Actions cache gives, for tests. */
export function folderCache(root: string): CacheStore & { saves: string[] } {
  const saves: string[] = []
  return {
    available: true,
    saves,
    async restore(paths, key, restoreKeys = []) {
      const { cpSync, existsSync, readdirSync } = await import('node:fs')
      const keys = existsSync(root) ? readdirSync(root) : []
      const hit = keys.includes(key) ? key : keys.find(k => restoreKeys.some(r => k.startsWith(r)))
      if (!hit) return undefined
      cpSync(join(root, hit), paths[0] as string, { recursive: true })
      return hit
    },
    async save(paths, key) {
      const { cpSync } = await import('node:fs')
      cpSync(paths[0] as string, join(root, key), { recursive: true })
      saves.push(key)
      return true
    }
  }
}
