import { ParseError } from '@ci-suite/core'
import { posix } from 'node:path'
import type { RawPackage } from '../build.js'
import { buildLockfile } from '../build.js'
import { hashFromPrefixedHex } from '../hashes.js'
import type { Lockfile, UnpinnedRequirement } from '../model.js'
import type { ParseOptions } from '../options.js'
import { pep503Name } from '../purl.js'

interface LogicalLine {
  text: string
  line: number
  /** pip-compile's `# via a, b` notes that follow a requirement */
  via: string[]
}

/** Joins backslash continuations, strips comments (a `#` after whitespace), keeps pip-compile's `# via` notes. */
function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = []
  const raw = text.split(/\r?\n/)
  let viaBlock = false
  for (let i = 0; i < raw.length; i++) {
    const start = i
    let line = raw[i] as string
    while (/\\\s*$/.test(line) && i + 1 < raw.length) line = line.replace(/\\\s*$/, ' ') + (raw[++i] as string)
    const comment = /(^|\s)#(.*)$/.exec(line)
    const note = comment ? (comment[2] as string).trim() : ''
    const last = out[out.length - 1]
    if (last && /^#?\s*$/.test(line.slice(0, comment?.index ?? line.length)) && comment) {
      // `# via x` on one line, or `# via` then `#   x` lines
      const via = /^via\s*(.*)$/.exec(note)
      if (via) {
        viaBlock = true
        if (via[1]) last.via.push(...(via[1] as string).split(/,\s*/))
      } else if (viaBlock && note) {
        last.via.push(note)
      } else viaBlock = false
      continue
    }
    viaBlock = false
    const content = (comment ? line.slice(0, comment.index) : line).trim()
    if (content) out.push({ text: content, line: start + 1, via: [] })
  }
  return out
}

const OPTION_WITH_VALUE =
  /^(-i|--index-url|--extra-index-url|-f|--find-links|--trusted-host|-c|--constraint|--no-binary|--only-binary|--prefer-binary|--pre|--require-hashes|--use-feature|--config-settings|--global-option)\b/

interface ParsedRequirement {
  name: string
  extras: string[]
  spec: string
  markers?: string
  hashes: string[]
}

/** PEP 508 `name[extra] ==1.0 ; marker` plus pip's per-requirement `--hash` options. */
function parseRequirement(text: string): ParsedRequirement | undefined {
  const hashes: string[] = []
  const withoutOptions = text.replace(/\s--hash[=\s]\s*(\S+)/g, (_, hash: string) => {
    hashes.push(hash)
    return ''
  })
  const [requirement, ...markerParts] = withoutOptions.split(';')
  const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?\s*(.*)$/.exec((requirement ?? '').trim())
  if (!match) return undefined
  const markers = markerParts.join(';').trim()
  return {
    name: match[1] as string,
    extras: (match[2] ?? '')
      .split(',')
      .map(e => e.trim())
      .filter(Boolean),
    spec: (match[3] as string).replace(/\s+/g, ''),
    ...(markers ? { markers } : {}),
    hashes
  }
}

/**
 * requirements.txt (and requirements-*.txt, pip-compile output): `==` pins are packages; anything else (ranges,
 * URLs, editable installs, `==1.*`) is reported as not auditable. `-r` includes are followed through readRelative.
 */
export function parseRequirements(file: string, text: string, options: ParseOptions = {}): Lockfile {
  const packages: RawPackage[] = []
  const unpinned: UnpinnedRequirement[] = []
  const visited = new Set<string>()
  const viaOf = new Map<string, string[]>()
  const dev = /(^|[-_.])(dev|test|tests|testing|lint|docs|ci)([-_.]|$)/i.test(
    posix.basename(file).replace(/\.txt$/, '')
  )

  const readFile = (path: string, displayName: string, body: string, depth: number) => {
    if (visited.has(path)) return
    visited.add(path)
    for (const entry of logicalLines(body)) {
      const include = /^(-r|--requirement)(?:\s+|=)(\S+)/.exec(entry.text)
      if (include) {
        const target = posix.normalize(posix.join(posix.dirname(path), include[2] as string))
        const included = options.readRelative?.(target)
        const shown = posix.normalize(posix.join(posix.dirname(displayName), include[2] as string))
        if (included === undefined) {
          unpinned.push({
            name: include[2] as string,
            spec: entry.text,
            file: displayName,
            line: entry.line,
            reason: 'included requirements file not found'
          })
        } else if (depth < 10) readFile(target, shown, included, depth + 1)
        continue
      }
      if (/^(-e|--editable)\b/.test(entry.text)) {
        unpinned.push({
          name: entry.text.replace(/^(-e|--editable)\s*/, ''),
          spec: entry.text,
          file: displayName,
          line: entry.line,
          reason: 'editable install: no released version to audit'
        })
        continue
      }
      if (OPTION_WITH_VALUE.test(entry.text) || entry.text.startsWith('-')) continue
      if (/^[a-z+]+:\/\//i.test(entry.text) || /^[./]/.test(entry.text)) {
        unpinned.push({
          name: /#egg=([^&\s]+)/.exec(entry.text)?.[1] ?? entry.text,
          spec: entry.text,
          file: displayName,
          line: entry.line,
          reason: 'a URL or path, not a released version'
        })
        continue
      }
      const requirement = parseRequirement(entry.text)
      if (!requirement)
        throw new ParseError(displayName, `cannot read requirement "${entry.text.slice(0, 80)}"`, entry.line)
      const pin = /^===?([^,;*\s]+)$/.exec(requirement.spec)
      if (!pin || requirement.spec.startsWith('@')) {
        unpinned.push({
          name: requirement.name,
          spec: requirement.spec,
          file: displayName,
          line: entry.line,
          reason:
            requirement.spec === ''
              ? 'no version given'
              : requirement.spec.startsWith('@')
                ? 'a direct URL, not a released version'
                : `not pinned with == (${requirement.spec})`
        })
        continue
      }
      packages.push({
        key: pep503Name(requirement.name),
        name: requirement.name,
        version: pin[1] as string,
        dependencies: [],
        line: entry.line,
        file: displayName,
        hashes: requirement.hashes.map(hashFromPrefixedHex).filter(h => h !== undefined),
        extras: requirement.extras,
        markers: requirement.markers,
        dev
      })
      if (entry.via.length > 0) viaOf.set(pep503Name(requirement.name), entry.via)
    }
  }
  readFile(posix.basename(file), file, text, 0)

  // pip-compile's `# via` notes give the graph: `via -r requirements.in` is direct, `via flask` is flask's
  const byKey = new Map(packages.map(p => [p.key, p]))
  const roots: Array<{ key: string; dev: boolean }> = []
  for (const pkg of packages) {
    const via = viaOf.get(pkg.key) ?? []
    if (viaOf.size === 0 || via.length === 0 || via.some(v => v.startsWith('-r') || v.startsWith('-c'))) {
      roots.push({ key: pkg.key, dev })
    }
    for (const parent of via.filter(v => !v.startsWith('-')).map(v => pep503Name(v.replace(/\s.*$/, ''))))
      byKey.get(parent)?.dependencies.push(pkg.key)
  }
  return buildLockfile({ file, format: 'requirements', ecosystem: 'PyPI', packages, roots, unpinned })
}
