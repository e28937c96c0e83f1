import { errorMessage, selectAnnotations, type Block } from '@ci-suite/core'
import type { GateOutcome } from './evaluate.js'
import type { StepIO } from './io/step-io.js'

/** Writes what a step leaves: outputs, annotations within the budget, the summary, and the one failure line. */
export async function publishStep(
  outcomes: GateOutcome[],
  io: StepIO,
  options: { outputs: Record<string, string>; blocks: Block[]; failureMessage?: string; exitCode: 0 | 1 }
): Promise<0 | 1> {
  for (const [name, value] of Object.entries(options.outputs)) io.setOutput(name, value)
  const { shown } = selectAnnotations(outcomes.flatMap(o => o.annotations))
  for (const annotation of shown) io.annotate(annotation)
  try {
    await io.writeSummary(options.blocks)
  } catch (error) {
    io.logger.warning(`the job summary could not be written: ${errorMessage(error)}`)
  }
  if (options.failureMessage) {
    if (options.exitCode === 1) io.fail(options.failureMessage)
    else io.logger.warning(options.failureMessage)
  }
  return options.exitCode
}

/** One action as one step. */
export async function publishGate(outcome: GateOutcome, io: StepIO): Promise<0 | 1> {
  return publishStep([outcome], io, {
    outputs: outcome.outputs,
    blocks: outcome.blocks,
    failureMessage: outcome.failureMessage,
    exitCode: outcome.exitCode
  })
}
