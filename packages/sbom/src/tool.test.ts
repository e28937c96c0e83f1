import { expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { CI_SUITE_TOOL } from './tool.js'

test('the tool version in every SBOM is the package version', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  expect(CI_SUITE_TOOL).toEqual({ name: 'ci-suite', version: pkg.version })
})
