import { writerLogger, type Annotation, type Block, type LogWriter, type Logger } from '@ci-suite/core'

/**
 * Where a step's results go: a GitHub runner (workflow commands, GITHUB_OUTPUT, the job summary) or a terminal.
 * One strategy object instead of "if runner" flags through the code.
 */
export interface StepIO {
  readonly mode: 'runner' | 'terminal'
  /** the log as it is written (the root action hands each gate its turn at it) */
  readonly log: LogWriter
  /** the same log for domain code: `writerLogger(log)` */
  readonly logger: Logger
  /** registers a secret with the runner so it never shows in logs (the terminal keeps it to itself) */
  mask(value: string): void
  setOutput(name: string, value: string): void
  annotate(annotation: Annotation): void
  /** the one line that says why the step failed */
  fail(message: string): void
  writeSummary(blocks: Block[]): Promise<void>
}

/** The same step's I/O with another log: a gate of the root action writes into its turn at the step's log. */
export function withLog(io: StepIO, log: LogWriter): StepIO {
  return {
    mode: io.mode,
    log,
    logger: writerLogger(log),
    mask: value => io.mask(value),
    setOutput: (name, value) => io.setOutput(name, value),
    annotate: annotation => io.annotate(annotation),
    fail: message => io.fail(message),
    writeSummary: blocks => io.writeSummary(blocks)
  }
}
