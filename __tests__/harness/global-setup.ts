/**
 * Jest's global set-up: the tests' temporary folders go under one folder of this run (TMPDIR, which `os.tmpdir()`
 * and the tools the tests start read), which global-teardown.ts removes when the run ends. The tests make
 * thousands of them (repositories, reports, fixtures); without this each `npm test` left them all in /tmp.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export default function setUp(): void {
  const root = mkdtempSync(join(tmpdir(), 'ci-suite-tests-'))
  process.env.CI_SUITE_TEST_TMPDIR = root
  process.env.TMPDIR = root
}
