import { renderText, type Annotation, type Block, type Logger } from '@ci-suite/core'
import type { StepIO } from './step-io.js'

/** A developer's terminal: logs to stderr, the summary as plain text to stdout, never a secret anywhere. */
export class TerminalIO implements StepIO {
  readonly mode = 'terminal' as const
  readonly logger: Logger

  constructor(
    private readonly out: (text: string) => void = text => process.stdout.write(text),
    private readonly err: (text: string) => void = text => process.stderr.write(text),
    debug = process.env.RUNNER_DEBUG === '1'
  ) {
    this.logger = {
      debug: message => {
        if (debug) this.err(`debug: ${message}\n`)
      },
      info: message => this.err(`${message}\n`),
      warning: message => this.err(`warning: ${message}\n`),
      group: async (name, fn) => {
        this.err(`> ${name}\n`)
        return fn()
      }
    }
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
