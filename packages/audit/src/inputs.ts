import { ConfigurationError, type FailOnPolicy, type InputReader } from '@ci-suite/core'
import type { KnownSeverity } from './severity/levels.js'

export const FAIL_ON: FailOnPolicy = {
  values: ['critical', 'high', 'moderate', 'low', 'any', 'never'],
  default: 'high'
}
export const SOURCES = ['osv', 'npm'] as const
export type AdvisorySource = (typeof SOURCES)[number]

export const DEFAULT_OSV_URL = 'https://api.osv.dev'
export const DEFAULT_NPM_REGISTRY_URL = 'https://registry.npmjs.org'
export const DEFAULT_IGNORE_FILE = '.ci-suite/audit-ignore.yml'

export interface AuditInputs {
  /** lockfiles relative to working-directory; empty = discover */
  files: string[]
  exclude: string[]
  sources: AdvisorySource[]
  osvUrl: string
  npmRegistryUrl: string
  /** undefined = `new` on pull requests, `all` otherwise */
  scope?: 'all' | 'new'
  includeDev: boolean
  unknownSeverity: KnownSeverity
  denyLicenses: string[]
  ignoreFile: string
  pythonEnvironment: boolean
  python: string
}

function url(reader: InputReader, name: string, fallback: string): string {
  const value = reader.string(name, fallback)
  try {
    const parsed = new URL(value)
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http')
  } catch {
    throw new ConfigurationError(`${name} must be an http(s) URL, got "${value}"`)
  }
  return value.replace(/\/+$/, '')
}

export function readAuditInputs(reader: InputReader): AuditInputs {
  const sources = reader.list('sources', ['osv']).map(s => s.toLowerCase())
  for (const source of sources) {
    if (!(SOURCES as readonly string[]).includes(source)) {
      throw new ConfigurationError(`sources must list ${SOURCES.join(' and/or ')}, got "${source}"`)
    }
  }
  if (sources.length === 0) throw new ConfigurationError(`sources must list at least one of ${SOURCES.join(', ')}`)
  const scope = reader.string('scope')
  if (scope !== undefined && scope !== 'all' && scope !== 'new') {
    throw new ConfigurationError(`scope must be one of all, new (or empty: new on pull requests), got "${scope}"`)
  }
  return {
    files: reader.list('files'),
    exclude: reader.list('exclude'),
    sources: [...new Set(sources)] as AdvisorySource[],
    osvUrl: url(reader, 'osv-url', DEFAULT_OSV_URL),
    npmRegistryUrl: url(reader, 'npm-registry-url', DEFAULT_NPM_REGISTRY_URL),
    scope,
    includeDev: reader.boolean('include-dev', true),
    unknownSeverity: reader.choice('unknown-severity', ['critical', 'high', 'moderate', 'low'] as const, 'moderate'),
    denyLicenses: reader.list('deny-licenses'),
    ignoreFile: reader.string('ignore-file', DEFAULT_IGNORE_FILE),
    pythonEnvironment: reader.boolean('python-environment', false),
    python: reader.string('python', 'python')
  }
}
