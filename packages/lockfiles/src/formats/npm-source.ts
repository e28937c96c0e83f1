import type { LockedPackage } from '../model.js'

/** Where an npm-family `resolved` points: a registry tarball (`/-/name-1.0.0.tgz`), git, a plain URL or a file. */
export function npmSource(resolved: string | undefined): LockedPackage['source'] {
  if (!resolved) return 'registry'
  if (/^(git\+|git:|github:|gitlab:|bitbucket:)/.test(resolved)) return 'git'
  if (/^(file:|link:)/.test(resolved)) return 'file'
  if (/^https?:\/\//.test(resolved)) return /\/-\/[^/]+\.tgz(#.*)?$/.test(resolved) ? 'registry' : 'url'
  return 'file'
}

/** `@scope/name@range` → name and range (the first @ after position 0 splits them). */
export function splitSpecifier(specifier: string): { name: string; range: string } {
  const at = specifier.indexOf('@', 1)
  return at === -1 ? { name: specifier, range: '' } : { name: specifier.slice(0, at), range: specifier.slice(at + 1) }
}
