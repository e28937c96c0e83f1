import { existsSync, readFileSync } from 'node:fs'
import { escapeRegex } from '../rules/shape.js'

/** the part of a path after its last `.`, lower-cased; '' when there is none */
function extensionOf(path: string): string {
  const dot = path.lastIndexOf('.')
  return dot < 0 ? '' : path.slice(dot + 1).toLowerCase()
}

const basenameOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1)

/** Files skipped by their base name: lockfiles, and the ignore and config files of gitleaks and trufflehog. */
const SKIPPED_NAMES = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'deno.lock',
  'Pipfile.lock',
  'poetry.lock',
  'Cargo.lock',
  'composer.lock',
  'Gemfile.lock',
  'go.sum',
  'gradle.lockfile',
  '.gitleaksignore',
  'gitleaksignore',
  '.gitleaks.toml',
  'gitleaks.toml',
  '.trufflehogignore'
])
/** Media and binaries, by extension (any case). */
const BINARY_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif bmp ico tif tiff webp svg eot otf ttf woff woff2 pdf doc docx xls xlsx ppt pptx zip gz tgz bz2 ' +
    'xz 7z jar war class exe dll so dylib o a pyc wasm mp3 mp4 mov avi'
  ).split(' ')
)
/** Dependency folders, as whole path segments; the substring tests before them decide most paths without a regex. */
const DEPENDENCY_DIR = /(?:^|\/)(?:node_modules|bower_components|\.git)(?:\/|$)/
const VENDORED = /(?:^|\/)vendor\/(?:github\.com|golang\.org|gopkg\.in|k8s\.io|bundle|ruby)\//

/**
 * Minified bundles: skipped by name here (the suffixes also go to git: `skippedPathAttributes`), and by their line
 * lengths where content is at hand.
 */
const MINIFIED_SUFFIXES = ['.min.js', '.min.mjs', '.min.cjs', '.min.css', '.js.map', '.css.map']
const MINIFIED_NAME = new RegExp(`(?:${MINIFIED_SUFFIXES.map(escapeRegex).join('|')})$|(?:^|/)[\\w.-]*\\.bundle\\.js$`)

/**
 * Paths never worth scanning: dependencies, lockfiles, media and binaries (the spirit of gitleaks' global allowlist),
 * and the scanners' own ignore files.
 */
export function isDefaultSkipped(path: string): boolean {
  if (SKIPPED_NAMES.has(basenameOf(path)) || BINARY_EXTENSIONS.has(extensionOf(path))) return true
  if (
    (path.includes('node_modules') || path.includes('bower_components') || path.includes('.git')) &&
    DEPENDENCY_DIR.test(path)
  )
    return true
  return path.includes('vendor/') && VENDORED.test(path)
}

/**
 * Some default skips as git attributes, each path marked `-diff`: given to git for history reads
 * (`core.attributesFile`), so git reports those files as binary instead of diffing what the scan leaves out anyway.
 * Lockfiles by name and minified files by suffix only: on prettier/prettier's history the lockfiles alone took git
 * from 22.1 to 8.7 s, while the media extensions and the dependency folders, as patterns git matches against every
 * path, added about a tenth to git's time on expressjs/express, where nothing is skipped (git tells binaries by
 * their bytes anyway). Every pattern matches only paths that `isDefaultSkipped` or `isMinifiedName` skip.
 */
export function skippedPathAttributes(): string {
  const patterns = [...SKIPPED_NAMES, ...MINIFIED_SUFFIXES.map(suffix => `*${suffix}`)]
  return patterns.map(p => `${p} -diff\n`).join('')
}

export function isMinifiedName(path: string): boolean {
  // each alternative needs `.min.`, a `.map` ending or a `.bundle.js` ending
  if (!path.includes('.min.') && !path.endsWith('.map') && !path.endsWith('.bundle.js')) return false
  return MINIFIED_NAME.test(path)
}

const SCRIPT_NAME = /\.(?:js|mjs|cjs|css)$/
const LONG_LINE = 1000

/** A script or stylesheet whose lines run long: generated, not written by hand. */
export function looksMinified(path: string, longestLine: number): boolean {
  return SCRIPT_NAME.test(path) && longestLine > LONG_LINE
}

/**
 * The same test on a file's bytes, without splitting it: from each line start, the last line break within the next
 * 1000 bytes is the next line start (one backward search of a few bytes per jump of about 1000).
 */
export function isMinifiedLongLine(path: string, bytes: Uint8Array): boolean {
  if (bytes.length <= LONG_LINE || !SCRIPT_NAME.test(path)) return false
  let start = 0
  while (bytes.length - start > LONG_LINE) {
    const limit = start + LONG_LINE
    let i = limit
    while (i >= start && bytes[i] !== 10) i--
    if (i < start) return true
    start = i + 1
  }
  return false
}

/** Glob to RegExp: `**` any depth, `*` within a segment, `?` one character; a pattern without `/` matches any segment. */
export function globToRegExp(glob: string): RegExp {
  let pattern = glob.trim().replace(/^\.\//, '')
  const anchored = pattern.includes('/') && !pattern.startsWith('**/')
  if (pattern.endsWith('/')) pattern += '**'
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '*' && pattern[i + 1] === '*') {
      out += '.*'
      i++
      if (pattern[i + 1] === '/') i++
    } else if (c === '*') out += '[^/]*'
    else if (c === '?') out += '[^/]'
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`${anchored ? '^' : '(?:^|/)'}${out.replace(/^\//, '')}(?:/.*)?$`)
}

/** `.gitleaksignore`: one gitleaks fingerprint per line, `commit:file:rule:line` or `file:rule:line`. */
export function readGitleaksIgnore(file: string): Set<string> {
  if (!existsSync(file)) return new Set()
  return new Set(
    readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .map(l => l.trim())
      .filter(l => l && !l.startsWith('#'))
  )
}

export type SkipReason = 'excluded' | 'binary' | 'too-large' | 'minified'

/**
 * Decides whether a file is scanned: once per path where paths come again and again (a history's commits), every
 * time where each comes once (a tree), which a cache would only slow down.
 */
export class PathFilter {
  private readonly cache: Map<string, SkipReason | null> | undefined

  constructor(
    private readonly excludes: Array<{ test(path: string): boolean }>,
    private readonly scopePrefix: string,
    { remember = true }: { remember?: boolean } = {}
  ) {
    if (remember) this.cache = new Map()
  }

  reason(path: string): SkipReason | null {
    const cache = this.cache
    let reason = cache?.get(path)
    if (reason !== undefined) return reason
    reason = null
    if (this.scopePrefix && !path.startsWith(this.scopePrefix)) reason = 'excluded'
    else if (isDefaultSkipped(path) || this.excludes.some(e => e.test(path))) reason = 'excluded'
    else if (isMinifiedName(path)) reason = 'minified'
    if (cache && cache.size < 200_000) cache.set(path, reason)
    return reason
  }
}
