import * as core from '@actions/core'
import { renderMarkdown, type Annotation, type Block, type Logger } from '@ci-suite/core'
import type { StepIO } from './step-io.js'

const runnerLogger: Logger = {
  debug: message => core.debug(message),
  info: message => core.info(message),
  warning: message => core.warning(message),
  group: (name, fn) => core.group(name, fn)
}

/** The GitHub runner: every write goes through @actions/core, which escapes workflow-command data for us. */
export class RunnerIO implements StepIO {
  readonly mode = 'runner' as const
  readonly logger = runnerLogger

  mask(value: string): void {
    core.setSecret(value)
  }

  setOutput(name: string, value: string): void {
    core.setOutput(name, value)
  }

  annotate(annotation: Annotation): void {
    const properties: core.AnnotationProperties = {
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
    core.error(message)
    process.exitCode = 1
  }

  async writeSummary(blocks: Block[]): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return
    const { markdown } = renderMarkdown(blocks)
    await core.summary.addRaw(markdown).write()
  }
}
