import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { listFolder } from '@ci-suite/core'
import { workspaceMembers } from './workspace-globs.js'

let dir: string
const members = (workspaces: unknown): string[] =>
  workspaceMembers(
    workspaces,
    path => listFolder(join(dir, path)),
    folder => existsSync(join(dir, folder, 'package.json'))
  )

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ci-suite-workspace-globs-'))
  for (const folder of [
    'packages/web',
    'packages/api',
    'packages/legacy',
    'packages/web/node_modules/dep',
    'apps/site/deep/tool',
    'apps/.cache/pkg',
    'apps/node_modules/left-out',
    'tools/cli',
    'docs'
  ]) {
    mkdirSync(join(dir, folder), { recursive: true })
    if (folder !== 'docs') writeFileSync(join(dir, folder, 'package.json'), '{}')
  }
  // a file where a pattern could match a folder
  writeFileSync(join(dir, 'packages', 'README.md'), '')
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('workspace globs', () => {
  test('a `*` segment matches the folders one level down that hold a package.json', () => {
    expect(members(['packages/*'])).toEqual(['packages/api', 'packages/legacy', 'packages/web'])
  })

  test('`**` matches any depth but never enters node_modules or dot-folders', () => {
    expect(members(['apps/**'])).toEqual(['apps/site/deep/tool'])
  })

  test("yarn's object form and a literal path both name members; a folder without a package.json is none", () => {
    expect(members({ packages: ['tools/cli', 'docs', './packages/web'], nohoist: ['**/x'] })).toEqual([
      'packages/web',
      'tools/cli'
    ])
  })

  test('a `!` pattern leaves folders out, and `?` matches one character', () => {
    expect(members(['packages/*', '!packages/legacy'])).toEqual(['packages/api', 'packages/web'])
    expect(members(['packages/ap?'])).toEqual(['packages/api'])
  })

  test('nothing is a member without a workspaces field, with a malformed one, or above the project', () => {
    expect(members(undefined)).toEqual([])
    expect(members('packages/*')).toEqual([])
    expect(members([7, '../outside/*'])).toEqual([])
  })
})
