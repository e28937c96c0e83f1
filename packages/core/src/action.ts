import type { EventContext, Env } from './context/event.js'
import type { CommonInputs, FailOnPolicy } from './inputs/common.js'
import type { InputReader } from './inputs/reader.js'
import type { Logger } from './logger.js'
import type { Annotation } from './report/annotations.js'
import type { Finding } from './report/model.js'
import type { SarifLog } from './report/sarif.js'
import type { SecretRegistry } from './report/secrets.js'
import type { CacheStore, GitHubApi } from './services.js'
import type { Block } from './summary/blocks.js'

export const ACTION_NAMES = ['lint-gate', 'secret-scan', 'audit', 'coverage-gate', 'sbom', 'docker-release'] as const
export type ActionName = (typeof ACTION_NAMES)[number]

/** Everything an action's run gets from its surroundings. The same for a runner step, the CLI and the root action. */
export interface ActionContext {
  action: ActionName
  common: CommonInputs
  event: EventContext
  env: Env
  /** GITHUB_WORKSPACE (or the current directory) */
  workspace: string
  /** working-directory, absolute */
  workingDirectory: string
  /** the git top level of workingDirectory; findings name files relative to it */
  repoRoot: string
  /** a scratch folder for this run */
  tempDir: string
  logger: Logger
  secrets: SecretRegistry
  cache: CacheStore
  /** undefined when there is no token */
  github?: GitHubApi
  /** 'runner' on GitHub Actions, 'terminal' from the CLI */
  mode: 'runner' | 'terminal'
}

export interface ActionResult {
  /** the gate's verdict at the level fail-on asks (or the action's default level under `never`) */
  status: 'pass' | 'fail' | 'error'
  /** one line: why */
  summary: string
  /** every finding the report carries */
  findings: Finding[]
  /** how many findings count against the gate (output `findings`) */
  failing: number
  metrics: Record<string, unknown>
  /** action-specific outputs beyond status/findings/report */
  outputs?: Record<string, string>
  annotations?: Annotation[]
  /** the count table under the verdict */
  counts?: Array<[string, string | number]>
  /** the action's own summary sections (findings, details, pictures) */
  sections?: Block[]
  /** how to fix, shown after how to reproduce */
  fix?: Block[]
  sarif?: SarifLog
  /** extra top-level report fields */
  reportFields?: Record<string, unknown>
}

export interface ActionDefinition<I = unknown> {
  name: ActionName
  /** "Coverage gate" */
  title: string
  failOn: FailOnPolicy
  /** reads every action-specific input, validated; common inputs are read by the runtime */
  readInputs(reader: InputReader): I
  run(inputs: I, context: ActionContext): Promise<ActionResult>
}

/** The level the gate judges at: fail-on, or the action's default when fail-on is `never` (report only). */
export function gateLevel(definition: Pick<ActionDefinition, 'failOn'>, failOn: string): string {
  return failOn === 'never' ? definition.failOn.default : failOn
}
