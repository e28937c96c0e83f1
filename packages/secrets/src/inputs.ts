import { ConfigurationError, type FailOnPolicy, type InputReader } from '@ci-suite/core'
import { SCOPES, type Scope } from './sources/scope.js'

export interface SecretScanInputs {
  scope: Scope
  /** a gitleaks config; default: .gitleaks.toml in the working directory or at the repository root */
  config?: string
  /** an earlier ci-suite report or gitleaks JSON report: only findings not in it count */
  baseline?: string
  /** globs of paths to skip, on top of .trufflehogignore and the built-in list */
  excludePaths: string[]
  /** bytes */
  maxFileSize: number
  /** honour `gitleaks:allow` / `ci-suite:allow` comments; false: a comment hides nothing (gitleaks' --ignore-gitleaks-allow) */
  inlineAllow: boolean
}

export const FAIL_ON: FailOnPolicy = { values: ['any', 'never'], default: 'any' }
export const DEFAULT_MAX_FILE_SIZE = '10MB'

const UNITS: Record<string, number> = {
  '': 1,
  B: 1,
  KB: 1024,
  K: 1024,
  MB: 1024 ** 2,
  M: 1024 ** 2,
  GB: 1024 ** 3,
  G: 1024 ** 3
}

/** `10MB`, `512KB`, `1048576`: binary units. */
export function parseSize(value: string, name: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value)
  const unit = m ? UNITS[m[2].toUpperCase()] : undefined
  if (!m || unit === undefined || Number(m[1]) <= 0) {
    throw new ConfigurationError(`${name} must be a size such as 10MB, 512KB or a number of bytes, got "${value}"`)
  }
  return Math.round(Number(m[1]) * unit)
}

export function readSecretScanInputs(reader: InputReader): SecretScanInputs {
  return {
    scope: reader.choice('scope', SCOPES, 'auto'),
    config: reader.string('config'),
    baseline: reader.string('baseline'),
    excludePaths: reader.list('exclude-paths'),
    maxFileSize: parseSize(reader.string('max-file-size', DEFAULT_MAX_FILE_SIZE), 'max-file-size'),
    inlineAllow: reader.boolean('inline-allow', true)
  }
}
