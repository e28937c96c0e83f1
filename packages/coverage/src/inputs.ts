import { ConfigurationError, type InputReader } from '@ci-suite/core'

export const COMMENT_MODES = ['auto', 'always', 'never'] as const

export interface CoverageInputs {
  /** globs or paths relative to the working directory; empty: look for the usual names */
  files: string[]
  minCoverage: number
  minBranchCoverage?: number
  minFileCoverage?: number
  minPatchCoverage?: number
  maxDecrease?: number
  flag: string
  badge?: string
  comment: (typeof COMMENT_MODES)[number]
}

/** Every coverage-gate input, read and checked in one place. */
export function readCoverageInputs(reader: InputReader): CoverageInputs {
  const flag = reader.string('flag', '')
  if (flag && !/^[A-Za-z0-9._-]+$/.test(flag)) {
    throw new ConfigurationError(
      `flag must be letters, digits, dots, dashes or underscores (e.g. backend); got ${JSON.stringify(flag)}`
    )
  }
  return {
    files: reader.list('files'),
    minCoverage: reader.percent('min-coverage', 80),
    minBranchCoverage: reader.percent('min-branch-coverage', undefined),
    minFileCoverage: reader.percent('min-file-coverage', undefined),
    minPatchCoverage: reader.percent('min-patch-coverage', undefined),
    maxDecrease: reader.number('max-decrease', undefined, { min: 0, max: 100 }),
    flag,
    badge: reader.string('badge'),
    comment: reader.choice('comment', COMMENT_MODES, 'auto')
  }
}
