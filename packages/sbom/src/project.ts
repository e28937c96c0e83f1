import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { packageUrl, type Lockfile } from '@ci-suite/lockfiles'
import type { SbomProject } from './model.js'

export interface ProjectHints {
  /** the folder the action works in: its package.json or pyproject.toml names the project */
  workingDirectory: string
  lockfiles: Lockfile[]
  /** `owner/repo` name when nothing else names the project */
  repository?: string
  /** the release tag or pushed tag, the version when no manifest gives one */
  tag?: string
}

/**
 * The repository as the SBOM's subject: name and version from package.json, else pyproject.toml ([project], then
 * [tool.poetry]), else a lockfile's own root entry, else the repository's name; the version falls back to the tag.
 */
export function describeProject(hints: ProjectHints): SbomProject {
  const tagVersion = hints.tag ? hints.tag : undefined
  const npm = readPackageJson(join(hints.workingDirectory, 'package.json'))
  if (npm?.name) {
    const version = npm.version ?? tagVersion
    const purl = packageUrl('npm', npm.name, version ?? '')
    return { ref: purl, name: npm.name, version, purl, source: 'package.json' }
  }
  const python = readPyproject(join(hints.workingDirectory, 'pyproject.toml'))
  if (python?.name) {
    const version = python.version ?? tagVersion
    const purl = packageUrl('PyPI', python.name, version ?? '')
    return { ref: purl, name: python.name, version, purl, source: 'pyproject.toml' }
  }
  const owner = hints.lockfiles.find(l => l.root?.name)
  if (owner?.root) {
    const version = owner.root.version ?? tagVersion
    const purl = packageUrl(owner.ecosystem, owner.root.name, version ?? '')
    return { ref: purl, name: owner.root.name, version, purl, source: 'lockfile' }
  }
  const name = hints.repository?.split('/').pop() || basename(hints.workingDirectory)
  return {
    ref: `project:${name}${tagVersion ? `@${tagVersion}` : ''}`,
    name,
    version: tagVersion,
    source: hints.repository ? 'repository' : 'folder'
  }
}

function readPackageJson(file: string): { name?: string; version?: string } | undefined {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    return {
      name: typeof value.name === 'string' && value.name ? value.name : undefined,
      version: typeof value.version === 'string' && value.version ? value.version : undefined
    }
  } catch {
    return undefined
  }
}

/** Reads `name` and `version` of `[project]`, else `[tool.poetry]`: the two tables that name a Python project. */
export function readPyprojectText(text: string): { name?: string; version?: string } | undefined {
  const tables = new Map<string, Map<string, string>>()
  let current: Map<string, string> | undefined
  for (const line of text.split(/\r?\n/)) {
    const header = /^\s*\[([^[\]]+)\]\s*(#.*)?$/.exec(line)
    if (header) {
      current = new Map()
      tables.set((header[1] as string).trim(), current)
      continue
    }
    const pair = /^\s*(name|version)\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(line)
    if (pair && current) current.set(pair[1] as string, (pair[2] ?? pair[3]) as string)
  }
  for (const table of ['project', 'tool.poetry']) {
    const values = tables.get(table)
    if (values?.get('name')) return { name: values.get('name'), version: values.get('version') }
  }
  return undefined
}

function readPyproject(file: string): { name?: string; version?: string } | undefined {
  try {
    return readPyprojectText(readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}
