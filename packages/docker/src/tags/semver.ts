/** A Semantic Versioning 2.0.0 version, as `semver.parse` reads it (a leading `v` or `=` is allowed). */
export interface SemVer {
  /** the text it was read from */
  raw: string
  major: number
  minor: number
  patch: number
  /** `beta.67` in `2.0.8-beta.67`; empty for a release */
  prerelease: string
  /** `major.minor.patch[-prerelease]`, without build metadata */
  version: string
}

const IDENTIFIER = '(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)'
const SEMVER = new RegExp(
  `^[v=]?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)` +
    `(?:-(${IDENTIFIER}(?:\\.${IDENTIFIER})*))?` +
    `(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?$`
)

/** undefined when the text is not a valid semver version. */
export function parseSemver(text: string): SemVer | undefined {
  const match = SEMVER.exec(text.trim())
  if (!match) return undefined
  const [, major, minor, patch, prerelease = ''] = match
  const core = `${major}.${minor}.${patch}`
  return {
    raw: text,
    major: Number(major),
    minor: Number(minor),
    patch: Number(patch),
    prerelease,
    version: prerelease ? `${core}-${prerelease}` : core
  }
}
