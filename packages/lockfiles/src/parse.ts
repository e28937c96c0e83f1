import { ParseError } from '@ci-suite/core'
import { requireKind, type LockfileKind } from './detect.js'
import { parseBunLock } from './formats/bun.js'
import { parseCargoLock } from './formats/cargo.js'
import { parseComposerLock } from './formats/composer.js'
import { parseGemfileLock } from './formats/gemfile.js'
import { parseGoMod, parseGoSum } from './formats/go-mod.js'
import { parseNugetLock } from './formats/nuget.js'
import { parsePackageLock } from './formats/package-lock.js'
import { parsePdmLock } from './formats/pdm.js'
import { parsePipfileLock } from './formats/pipfile.js'
import { parsePnpmLock } from './formats/pnpm.js'
import { parsePoetryLock } from './formats/poetry.js'
import { parseRequirements } from './formats/requirements.js'
import { parseUvLock } from './formats/uv.js'
import { parseYarnBerry } from './formats/yarn-berry.js'
import { parseYarnClassic } from './formats/yarn-classic.js'
import type { Lockfile } from './model.js'
import type { ParseOptions } from './options.js'

const PARSERS: Record<LockfileKind, (file: string, text: string, options: ParseOptions) => Lockfile> = {
  'package-lock': parsePackageLock,
  'yarn-classic': parseYarnClassic,
  'yarn-berry': parseYarnBerry,
  pnpm: parsePnpmLock,
  bun: parseBunLock,
  requirements: parseRequirements,
  poetry: parsePoetryLock,
  pipfile: parsePipfileLock,
  uv: parseUvLock,
  pdm: parsePdmLock,
  gomod: parseGoMod,
  gosum: parseGoSum,
  cargo: parseCargoLock,
  gemfile: parseGemfileLock,
  composer: parseComposerLock,
  nuget: parseNugetLock
}

/**
 * Parses one lockfile, its format told by its name and content. `file` is the path the packages will name (relative
 * to the repository top level). A malformed file throws a ParseError whose message is one line naming the file.
 */
export function parseLockfile(file: string, text: string, options: ParseOptions = {}): Lockfile {
  const kind = requireKind(file, text)
  try {
    return PARSERS[kind](file, text, options)
  } catch (error) {
    if (error instanceof ParseError) throw error
    // a structurally wrong but syntactically valid file (a string where an object belongs)
    throw new ParseError(file, `unexpected content for a ${kind} lockfile (${(error as Error).message.split('\n')[0]})`)
  }
}
