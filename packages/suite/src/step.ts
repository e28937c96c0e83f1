import { envInputSource, type ActionDefinition } from '@ci-suite/core'
import { createRunnerIO, evaluateAction, publishGate } from '@ci-suite/runtime'
import { loadAction } from './registry.js'

/** The body of `dist/<name>/index.js`: one action as a runner step. */
export async function runStep(name: string): Promise<void> {
  await runDefinition(name, () => loadAction(name))
}

/** One action, given its definition, as a runner step; exits with the step's code. */
export async function runDefinition(name: string, load: () => Promise<ActionDefinition>): Promise<void> {
  const io = await createRunnerIO()
  let code: 0 | 1 = 1
  try {
    const definition = await load()
    const outcome = await evaluateAction(definition, { source: envInputSource(process.env), env: process.env, io })
    code = await publishGate(outcome, io)
  } catch (error) {
    io.fail(`${name}: ${error instanceof Error ? error.message : String(error)}`)
  }
  // open sockets (keep-alive to the API, the cache service) must not keep the step alive
  process.stdout.write('', () => process.exit(code))
}
