/**
 * The one bundle every entry file loads (dist/suite/index.js): the step runner, the root pipeline and the CLI.
 * Each action's own code is a separate chunk, loaded on first use.
 */
import { envInputSource } from '@ci-suite/core'
import { createRunnerIO, exitAfterWrites, stderr } from '@ci-suite/runtime'
import { runCli } from './cli.js'
import { runPipeline } from './pipeline.js'
import { runStep } from './step.js'

export { runStep }
// for scripts/build.mjs, which writes dist/action-metadata.json with it
export { buildMetadataIndex } from './metadata.js'

export async function runRootStep(root: string): Promise<void> {
  const io = await createRunnerIO()
  let code: 0 | 1 = 1
  try {
    code = await runPipeline({ source: envInputSource(process.env), env: process.env, io, root })
  } catch (error) {
    io.fail(`ci-suite: ${error instanceof Error ? error.message : String(error)}`)
  }
  process.stdout.write('', () => process.exit(code))
}

export async function runCommandLine(root: string): Promise<void> {
  let code = 1
  try {
    code = await runCli({ argv: process.argv.slice(2), env: process.env, root })
  } catch (error) {
    stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`)
  }
  await exitAfterWrites(code)
}
