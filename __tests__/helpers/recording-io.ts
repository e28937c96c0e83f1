import { MemoryLogger, renderMarkdown, type Annotation, type Block, type LogWriter } from '@ci-suite/core'
import type { StepIO } from '@ci-suite/runtime'

/** A StepIO that keeps everything a step wrote, for tests of the driver. */
export class RecordingIO implements StepIO {
  readonly mode: 'runner' | 'terminal'
  readonly logger = new MemoryLogger()
  /** the same log as marks: lines go to `logger`, a group's title to `logger.groups` */
  readonly log: LogWriter = {
    line: (level, message) => this.logger[level](message),
    startGroup: name => this.logger.groups.push(name),
    endGroup: () => undefined
  }
  readonly masked: string[] = []
  readonly outputs: Record<string, string> = {}
  readonly annotations: Annotation[] = []
  readonly failures: string[] = []
  summary = ''
  blocks: Block[] = []

  constructor(mode: 'runner' | 'terminal' = 'terminal') {
    this.mode = mode
  }
  mask(value: string): void {
    this.masked.push(value)
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value
  }
  annotate(annotation: Annotation): void {
    this.annotations.push(annotation)
  }
  fail(message: string): void {
    this.failures.push(message)
  }
  async writeSummary(blocks: Block[]): Promise<void> {
    this.blocks = blocks
    this.summary = renderMarkdown(blocks).markdown
  }
}
