/**
 * The member folders a package.json `workspaces` field names: an array of globs, or yarn's `{ "packages": [...] }`.
 * A glob segment is a name, a pattern with `*` and `?`, or `**` (any depth, node_modules and dot-folders left out); a
 * pattern that starts with `!` leaves folders out. A member is a folder with a package.json. Paths are relative to
 * the project, with `/`, sorted.
 */
export function workspaceMembers(
  workspaces: unknown,
  listFolder: (path: string) => string[],
  hasManifest: (folder: string) => boolean
): string[] {
  const globs = Array.isArray(workspaces)
    ? workspaces
    : workspaces && typeof workspaces === 'object' && Array.isArray((workspaces as { packages?: unknown }).packages)
      ? (workspaces as { packages: unknown[] }).packages
      : []
  const included = new Set<string>()
  const excluded = new Set<string>()
  for (const glob of globs) {
    if (typeof glob !== 'string') continue
    const negated = glob.startsWith('!')
    const segments = (negated ? glob.slice(1) : glob)
      .replace(/^\.\//, '')
      .split('/')
      .filter(segment => segment !== '' && segment !== '.')
    for (const folder of expand(segments, '', listFolder)) (negated ? excluded : included).add(folder)
  }
  return [...included].filter(folder => !excluded.has(folder) && hasManifest(folder)).sort()
}

const join = (folder: string, name: string): string => (folder ? `${folder}/${name}` : name)

/** a glob segment with `*` or `?` as a whole-name test */
function segmentTest(segment: string): (name: string) => boolean {
  if (!/[*?]/.test(segment)) return name => name === segment
  const source = segment
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  const regex = new RegExp(`^${source}$`)
  // a wildcard does not match a leading dot, as in shell globs
  return name => !name.startsWith('.') && regex.test(name)
}

function expand(segments: string[], folder: string, listFolder: (path: string) => string[]): string[] {
  if (segments.length === 0) return [folder]
  const [segment, ...rest] = segments as [string, ...string[]]
  if (segment === '..') return []
  if (segment === '**') {
    // zero folders deep, or one more and `**` again
    const out = expand(rest, folder, listFolder)
    for (const name of listFolder(folder || '.'))
      if (name !== 'node_modules' && !name.startsWith('.'))
        out.push(...expand(segments, join(folder, name), listFolder))
    return out
  }
  if (!/[*?]/.test(segment)) return expand(rest, join(folder, segment), listFolder)
  const matches = segmentTest(segment)
  return listFolder(folder || '.')
    .filter(name => name !== 'node_modules' && matches(name))
    .flatMap(name => expand(rest, join(folder, name), listFolder))
}
