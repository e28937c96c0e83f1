import { renderText, writerLogger, type Annotation, type Block, type LogWriter, type Logger } from '@ci-suite/core'
import { stderr, stdout } from './stdio.js'
import type { StepIO } from './step-io.js'

/** A developer's terminal: logs to stderr, the summary as plain text to stdout, never a secret anywhere. */
export class TerminalIO implements StepIO {
  readonly mode = 'terminal' as const
  readonly log: LogWriter
  readonly logger: Logger

  constructor(
    private readonly out: (text: string) => void = stdout.write,
    private readonly err: (text: string) => void = stderr.write,
    debug = process.env.RUNNER_DEBUG === '1'
  ) {
    const prefix = { debug: 'debug: ', info: '', warning: 'warning: ' } as const
    this.log = {
      line: (level, message) => {
        if (level !== 'debug' || debug) this.err(`${prefix[level]}${message}\n`)
      },
      // a group is its heading: a terminal has nothing to fold
      startGroup: name => this.err(`> ${name}\n`),
      endGroup: () => undefined
    }
    this.logger = writerLogger(this.log)
  }

  mask(): void {
    // a terminal has no mask command; the values stay in the SecretRegistry, which redacts what we print
  }

  setOutput(): void {
    // outputs are in the JSON report and the summary
  }

  annotate(annotation: Annotation): void {
    const where = annotation.file
      ? `${annotation.file}${annotation.line ? `:${annotation.line}` : ''}${annotation.column ? `:${annotation.column}` : ''}: `
      : ''
    this.out(`${where}${annotation.level}: ${annotation.title ? `${annotation.title}: ` : ''}${annotation.message}\n`)
  }

  fail(message: string): void {
    this.err(`error: ${message}\n`)
    process.exitCode = 1
  }

  async writeSummary(blocks: Block[]): Promise<void> {
    this.out('\n' + renderText(blocks))
  }
}
