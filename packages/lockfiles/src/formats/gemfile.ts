import { ParseError } from '@ci-suite/core'
import type { RawPackage } from '../build.js'
import { buildLockfile } from '../build.js'
import type { Lockfile, PackageHash } from '../model.js'

/** `nokogiri (1.15.4-x86_64-linux)` → version and platform (gem versions use dots, so the first dash starts it). */
function splitGemVersion(value: string): { version: string; platform?: string } {
  const dash = value.indexOf('-')
  return dash === -1 ? { version: value } : { version: value.slice(0, dash), platform: value.slice(dash + 1) }
}

/** Gemfile.lock (and gems.locked): GEM/GIT/PATH sections with `specs:`, DEPENDENCIES, CHECKSUMS. */
export function parseGemfileLock(file: string, text: string): Lockfile {
  const lines = text.split(/\r?\n/)
  if (!lines.some(l => /^(GEM|GIT|PATH|DEPENDENCIES)\s*$/.test(l)))
    throw new ParseError(file, 'no GEM or DEPENDENCIES section: not a Gemfile.lock')
  const packages: RawPackage[] = []
  const declared: string[] = []
  const checksums = new Map<string, PackageHash>()
  let section = ''
  let sourceKind: RawPackage['source'] = 'registry'
  let remote: string | undefined
  let current: RawPackage | undefined
  const pendingDeps = new Map<RawPackage, string[]>()
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    if (/^\S/.test(line)) {
      section = line.trim()
      sourceKind = section === 'GIT' ? 'git' : section === 'PATH' ? 'file' : 'registry'
      current = undefined
      continue
    }
    const remoteMatch = /^ {2}remote: (.+)$/.exec(line)
    if (remoteMatch) remote = remoteMatch[1]
    if (['GEM', 'GIT', 'PATH'].includes(section)) {
      const spec = /^ {4}(\S+) \(([^)]+)\)\s*$/.exec(line)
      if (spec) {
        const { version, platform } = splitGemVersion(spec[2] as string)
        current = {
          key: `${spec[1]}@${spec[2]}`,
          name: spec[1] as string,
          version,
          dependencies: [],
          line: i + 1,
          resolved: remote,
          source: sourceKind,
          ...(platform && platform !== 'ruby' ? { qualifiers: { platform } } : {})
        }
        packages.push(current)
        pendingDeps.set(current, [])
        continue
      }
      const dep = /^ {6}(\S+)/.exec(line)
      if (dep && current) pendingDeps.get(current)?.push(dep[1] as string)
    } else if (section === 'DEPENDENCIES') {
      const dep = /^ {2}(\S+?)!?(\s|$)/.exec(line)
      if (dep) declared.push(dep[1] as string)
    } else if (section === 'CHECKSUMS') {
      const sum = /^ {2}(\S+) \(([^)]+)\) sha256=([0-9a-f]{64})/.exec(line)
      if (sum) checksums.set(`${sum[1]}@${sum[2]}`, { alg: 'SHA-256', content: sum[3] as string })
    }
  }
  // a gem locked for several platforms is one package per platform; a dependency names the gem, not the platform
  const keysOfName = new Map<string, string[]>()
  for (const p of packages) keysOfName.set(p.name, [...(keysOfName.get(p.name) ?? []), p.key])
  for (const [pkg, deps] of pendingDeps) {
    pkg.dependencies = deps.flatMap(d => keysOfName.get(d) ?? [])
    const sum = checksums.get(pkg.key)
    if (sum) pkg.hashes = [sum]
  }
  const roots = declared.flatMap(name => (keysOfName.get(name) ?? []).map(key => ({ key, dev: false })))
  return buildLockfile({ file, format: 'gemfile', ecosystem: 'RubyGems', packages, roots })
}
