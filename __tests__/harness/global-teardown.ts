/** Jest's global tear-down: the run's temporary folder (global-setup.ts) goes, with everything the tests left in it. */
import { rmSync } from 'node:fs'

export default function tearDown(): void {
  const root = process.env.CI_SUITE_TEST_TMPDIR
  if (!root) return
  try {
    rmSync(root, { recursive: true, force: true })
  } catch (error) {
    // a folder a tool still holds: the run's result stands; say where the rest is
    process.stderr.write(`the tests' temporary folder ${root} was not removed: ${(error as Error).message}\n`)
  }
}
