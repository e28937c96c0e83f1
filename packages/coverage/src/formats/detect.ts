import { open } from 'node:fs/promises'
import { ConfigurationError, ParseError } from '@ci-suite/core'
import type { CoverageReport, FormatName } from '../model.js'
import { parseClover } from './clover.js'
import { parseCobertura } from './cobertura.js'
import { parseGoProfile } from './go-profile.js'
import { parseJacoco } from './jacoco.js'
import { parseJsonReport } from './json-reports.js'
import { parseLcov } from './lcov.js'

const HEAD_BYTES = 64 * 1024

export type DetectedKind =
  | Exclude<FormatName, 'coverage.py-json' | 'istanbul-final' | 'istanbul-summary' | 'gcovr-json' | 'gcovr-summary'>
  | 'json'

/** Tells the format from the first bytes of the file, never from its name. */
export function detectFormat(file: string, head: string): DetectedKind {
  const text = head.replace(/^\uFEFF/, '').trimStart()
  if (text === '') throw new ParseError(file, 'is empty: a coverage report must measure at least one file')
  if (text.startsWith('<')) {
    // an internal DTD subset goes to the XML reader, which refuses it with its own message before any entity is read
    if (/<!DOCTYPE[^>]*\[/i.test(text)) return 'cobertura'
    const root = /<([A-Za-z_][\w.:-]*)([^>]*)/.exec(
      text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/gi, '')
    )
    if (root?.[1] === 'report') return 'jacoco'
    if (root?.[1] === 'coverage') {
      if (/\bclover=|\bgenerated=/.test(root[2]) || /<project[\s>]/.test(text)) return 'clover'
      return 'cobertura'
    }
    throw new ParseError(file, `is XML with root <${root?.[1] ?? '?'}>: not Cobertura, JaCoCo or Clover`)
  }
  if (text.startsWith('{')) return 'json'
  if (/^mode: (set|count|atomic)\b/.test(text)) return 'go-profile'
  if (/^(TN|SF|VER):/.test(text)) return 'lcov'
  throw new ParseError(
    file,
    'is not a coverage report this action reads (Cobertura, LCOV, JaCoCo, Clover, coverage.py JSON, Istanbul JSON, gcovr JSON, Go cover profile)'
  )
}

export async function readHead(file: string): Promise<string> {
  let handle
  try {
    handle = await open(file, 'r')
  } catch {
    throw new ConfigurationError(`coverage report ${file} cannot be read`)
  }
  try {
    const buffer = Buffer.alloc(HEAD_BYTES)
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } finally {
    await handle.close()
  }
}

/** Detects and parses one report file. */
export async function parseReport(file: string): Promise<CoverageReport> {
  const kind = detectFormat(file, await readHead(file))
  switch (kind) {
    case 'cobertura':
      return parseCobertura(file)
    case 'jacoco':
      return parseJacoco(file)
    case 'clover':
      return parseClover(file)
    case 'lcov':
      return parseLcov(file)
    case 'go-profile':
      return parseGoProfile(file)
    case 'json':
      return parseJsonReport(file)
  }
}
