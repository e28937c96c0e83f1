import { ParseError } from '@ci-suite/core'
import type { RawPackage } from '../build.js'
import { buildLockfile } from '../build.js'
import type { Lockfile, PackageHash, UnpinnedRequirement } from '../model.js'
import type { ParseOptions } from '../options.js'
import { base64ToHex } from '../hashes.js'

interface Requirement {
  path: string
  version: string
  indirect: boolean
  line: number
}

/** go.sum `h1:` hashes (SHA-256 over the module's file list, base64) by `path@version`. */
export function goSumHashes(text: string): Map<string, PackageHash> {
  const hashes = new Map<string, PackageHash>()
  for (const line of text.split('\n')) {
    const match = /^(\S+)\s+(\S+?)\s+h1:([A-Za-z0-9+/=]+)\s*$/.exec(line)
    if (match && !(match[2] as string).endsWith('/go.mod')) {
      hashes.set(`${match[1]}@${match[2]}`, { alg: 'SHA-256', content: base64ToHex(match[3] as string) })
    }
  }
  return hashes
}

const unquote = (s: string) => (s.startsWith('"') || s.startsWith('`') ? s.slice(1, -1) : s)

/**
 * go.mod: since Go 1.17 it lists every module the build needs (`// indirect` marks the transitive ones). `replace`
 * swaps the module actually used; a replacement by a local folder is not a released version.
 */
export function parseGoMod(file: string, text: string, options: ParseOptions = {}): Lockfile {
  let moduleName: string | undefined
  const requires: Requirement[] = []
  const replaces = new Map<string, { path: string; version: string }>()
  let block: string | undefined
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string
    const indirect = /\/\/\s*indirect\b/.test(raw)
    const line = raw.replace(/\/\/.*$/, '').trim()
    if (!line) continue
    if (block) {
      if (line === ')') {
        block = undefined
        continue
      }
      handle(block, line, indirect, i + 1)
      continue
    }
    const open = /^(\w+)\s*\($/.exec(line)
    if (open) {
      block = open[1]
      continue
    }
    const directive = /^(\w+)\s+(.*)$/.exec(line)
    if (!directive) throw new ParseError(file, `cannot read "${line.slice(0, 60)}"`, i + 1)
    if (directive[1] === 'module') moduleName = unquote((directive[2] as string).trim())
    else handle(directive[1] as string, directive[2] as string, indirect, i + 1)
  }
  if (block) throw new ParseError(file, `the ${block} ( block is never closed`)
  if (!moduleName && requires.length === 0) throw new ParseError(file, 'no module directive: not a go.mod')

  function handle(kind: string, args: string, indirect: boolean, line: number) {
    const parts = args.trim().split(/\s+/).map(unquote)
    if (kind === 'require') {
      if (parts.length < 2)
        throw new ParseError(file, `require needs a module path and a version, got "${args.trim()}"`, line)
      requires.push({ path: parts[0] as string, version: parts[1] as string, indirect, line })
    } else if (kind === 'replace') {
      const arrow = parts.indexOf('=>')
      if (arrow === -1) throw new ParseError(file, 'replace without =>', line)
      const from = parts[0] as string
      const fromVersion = arrow === 2 ? parts[1] : undefined
      replaces.set(fromVersion ? `${from}@${fromVersion}` : from, {
        path: parts[arrow + 1] as string,
        version: parts[arrow + 2] ?? ''
      })
    }
  }

  const sumText = options.readRelative?.('go.sum')
  const sums = sumText ? goSumHashes(sumText) : new Map<string, PackageHash>()
  const packages: RawPackage[] = []
  const unpinned: UnpinnedRequirement[] = []
  const roots: Array<{ key: string; dev: boolean }> = []
  for (const req of requires) {
    const replacement = replaces.get(`${req.path}@${req.version}`) ?? replaces.get(req.path)
    if (replacement && !replacement.version) {
      unpinned.push({
        name: req.path,
        spec: `=> ${replacement.path}`,
        file,
        line: req.line,
        reason: 'replaced by a local folder, not a released version'
      })
      continue
    }
    const path = replacement?.path ?? req.path
    const version = replacement?.version || req.version
    const hash = sums.get(`${path}@${version}`)
    packages.push({
      key: `${path}@${version}`,
      name: path,
      version,
      dependencies: [],
      line: req.line,
      hashes: hash ? [hash] : []
    })
    if (!req.indirect) roots.push({ key: `${path}@${version}`, dev: false })
  }
  return buildLockfile({
    file,
    format: 'gomod',
    ecosystem: 'Go',
    root: moduleName ? { name: moduleName } : undefined,
    packages,
    roots,
    unpinned
  })
}

/** go.sum alone (no go.mod beside it): every module with a content hash, none known to be direct. */
export function parseGoSum(file: string, text: string): Lockfile {
  const sums = goSumHashes(text)
  if (sums.size === 0 && text.trim() !== '')
    throw new ParseError(file, 'no "module version h1:hash" lines: not a go.sum')
  const lineOf = new Map<string, number>()
  text.split('\n').forEach((line, i) => {
    const m = /^(\S+)\s+(\S+?)\s/.exec(line)
    if (m && !lineOf.has(`${m[1]}@${m[2]}`)) lineOf.set(`${m[1]}@${m[2]}`, i + 1)
  })
  const packages: RawPackage[] = [...sums].map(([key, hash]) => {
    const at = key.lastIndexOf('@')
    return {
      key,
      name: key.slice(0, at),
      version: key.slice(at + 1),
      dependencies: [],
      line: lineOf.get(key),
      hashes: [hash]
    }
  })
  return buildLockfile({ file, format: 'gosum', ecosystem: 'Go', packages, roots: [] })
}
