import type { InputReader } from './reader.js'

/** The inputs every action has (CONTRACT.md "Inputs and outputs every action has"). */
export interface CommonInputs {
  workingDirectory: string
  base?: string
  head?: string
  reportPath?: string
  failOn: string
  githubToken?: string
}

export const COMMON_INPUT_NAMES = [
  'working-directory',
  'base',
  'head',
  'report-path',
  'fail-on',
  'github-token'
] as const

export interface FailOnPolicy {
  values: readonly string[]
  default: string
}

export function readCommonInputs(reader: InputReader, failOn: FailOnPolicy): CommonInputs {
  return {
    workingDirectory: reader.string('working-directory', '.'),
    base: reader.string('base'),
    head: reader.string('head'),
    reportPath: reader.string('report-path'),
    failOn: reader.choice('fail-on', failOn.values, failOn.default),
    githubToken: reader.string('github-token')
  }
}
