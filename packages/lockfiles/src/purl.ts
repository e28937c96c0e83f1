import type { Ecosystem } from './model.js'

/** PEP 503: runs of `-`, `_` and `.` become one `-`, lower case. PyPI and OSV compare names this way. */
export function pep503Name(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase()
}

/** purl-spec percent-encoding of one segment: everything but unreserved characters (`:` is kept, as the spec allows). */
function encodeSegment(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':')
}

const PURL_TYPES: Record<Ecosystem, string> = {
  npm: 'npm',
  PyPI: 'pypi',
  Go: 'golang',
  'crates.io': 'cargo',
  RubyGems: 'gem',
  Packagist: 'composer',
  NuGet: 'nuget'
}

/** The namespace/name part of a purl as the purl-spec type definitions spell it. */
function purlNamePath(ecosystem: Ecosystem, name: string): string {
  switch (ecosystem) {
    case 'npm':
      // pkg:npm/%40scope/name: the scope (with its @) is the namespace
      return name.split('/').map(encodeSegment).join('/')
    case 'PyPI':
      return encodeSegment(pep503Name(name))
    case 'Go':
      // the module path's segments are namespace and name; case is kept
      return name.split('/').map(encodeSegment).join('/')
    case 'Packagist':
      return name.toLowerCase().split('/').map(encodeSegment).join('/')
    default:
      return encodeSegment(name)
  }
}

export function packageUrl(
  ecosystem: Ecosystem,
  name: string,
  version: string,
  qualifiers: Record<string, string> = {}
): string {
  const base = `pkg:${PURL_TYPES[ecosystem]}/${purlNamePath(ecosystem, name)}`
  const withVersion = version ? `${base}@${encodeSegment(version)}` : base
  const keys = Object.keys(qualifiers)
    .filter(k => qualifiers[k])
    .sort()
  if (keys.length === 0) return withVersion
  return `${withVersion}?${keys.map(k => `${k}=${encodeSegment(qualifiers[k] as string)}`).join('&')}`
}
