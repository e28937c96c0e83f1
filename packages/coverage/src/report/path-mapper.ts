import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { RepoFiles } from './repo-files.js'

/**
 * Maps a path as a report names it to a file of the repository, trying in order:
 * 1. the path itself when absolute, else joined to each source root (Cobertura `<source>`, the report's folder,
 *    the working directory, the repository root), kept when it names a repository file;
 * 2. a Go import path: the module path of a go.mod in the repository replaced by that go.mod's folder;
 * 3. the repository file that shares the longest run of trailing path segments (an absolute path from another
 *    machine, a JaCoCo package path), when exactly one file has that longest run.
 * Anything else is unmapped and listed in the summary.
 */
export class PathMapper {
  private readonly cache = new Map<string, string | undefined>()

  constructor(private readonly repo: RepoFiles) {}

  map(reportPath: string, roots: string[]): string | undefined {
    const cacheKey = `${roots.join('\0')}\0${reportPath}`
    if (this.cache.has(cacheKey)) return this.cache.get(cacheKey)
    const mapped = this.find(reportPath.replace(/\\/g, '/'), roots)
    this.cache.set(cacheKey, mapped)
    return mapped
  }

  private find(path: string, roots: string[]): string | undefined {
    const windowsAbsolute = /^[A-Za-z]:\//.test(path)
    const candidates = windowsAbsolute ? [] : isAbsolute(path) ? [path] : roots.map(root => resolve(root, path))
    for (const candidate of candidates) {
      const rel = relative(this.repo.root, candidate).split(sep).join('/')
      if (!rel.startsWith('..') && this.repo.files.has(rel)) return rel
    }
    for (const { module, dir } of this.repo.goModules) {
      if (path.startsWith(`${module}/`)) {
        const rel = (dir ? `${dir}/` : '') + path.slice(module.length + 1)
        if (this.repo.files.has(rel)) return rel
      }
    }
    return this.bySuffix(path)
  }

  private bySuffix(path: string): string | undefined {
    const segments = path.split('/').filter(s => s && s !== '.')
    const name = segments[segments.length - 1]
    const sameName = name ? this.repo.byBasename.get(name) : undefined
    if (!sameName) return undefined
    let best: string | undefined
    let bestScore = 0
    let tie = false
    for (const candidate of sameName) {
      const parts = candidate.split('/')
      let score = 0
      while (
        score < parts.length &&
        score < segments.length &&
        parts[parts.length - 1 - score] === segments[segments.length - 1 - score]
      )
        score++
      if (score > bestScore) {
        best = candidate
        bestScore = score
        tie = false
      } else if (score === bestScore) tie = true
    }
    return tie ? undefined : best
  }
}
