import type * as ActionsCore from '@actions/core'
import { renderMarkdown, writerLogger, type Annotation, type Block, type LogWriter, type Logger } from '@ci-suite/core'
import type { StepIO } from './step-io.js'

type Core = typeof ActionsCore

/**
 * The runner's I/O. @actions/core is loaded here, on a runner, and nowhere else: it brings undici along through
 * @actions/http-client (about 60 ms of start-up), which the CLI never needs.
 */
export async function createRunnerIO(): Promise<RunnerIO> {
  return new RunnerIO(await import('@actions/core'))
}

/** The GitHub runner: every write goes through @actions/core, which escapes workflow-command data for us. */
export class RunnerIO implements StepIO {
  readonly mode = 'runner' as const
  readonly log: LogWriter
  readonly logger: Logger

  constructor(private readonly core: Core) {
    this.log = {
      line: (level, message) => core[level](message),
      startGroup: name => core.startGroup(name),
      endGroup: () => core.endGroup()
    }
    this.logger = writerLogger(this.log)
  }

  mask(value: string): void {
    this.core.setSecret(value)
  }

  setOutput(name: string, value: string): void {
    this.core.setOutput(name, value)
  }

  annotate(annotation: Annotation): void {
    const { core } = this
    const properties: ActionsCore.AnnotationProperties = {
      title: annotation.title,
      file: annotation.file,
      startLine: annotation.line,
      endLine: annotation.endLine,
      startColumn: annotation.endLine && annotation.endLine !== annotation.line ? undefined : annotation.column
    }
    if (annotation.level === 'error') core.error(annotation.message, properties)
    else if (annotation.level === 'warning') core.warning(annotation.message, properties)
    else core.notice(annotation.message, properties)
  }

  fail(message: string): void {
    this.core.error(message)
    process.exitCode = 1
  }

  async writeSummary(blocks: Block[]): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return
    const { markdown } = renderMarkdown(blocks)
    await this.core.summary.addRaw(markdown).write()
  }
}
