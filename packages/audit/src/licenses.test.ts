import { expect, test } from '@jest/globals'
import { deniedLicense } from './licenses.js'

test.each([
  ['GPL-3.0-only', ['GPL-3.0-only'], 'GPL-3.0-only'],
  ['gpl-3.0-only', ['GPL-3.0-only'], 'gpl-3.0-only'],
  ['MIT', ['GPL-3.0-only'], undefined],
  ['(MIT OR GPL-3.0-only)', ['GPL-3.0-only'], undefined],
  ['(AGPL-3.0-only OR GPL-3.0-only)', ['GPL-3.0-only', 'AGPL-3.0-only'], 'AGPL-3.0-only'],
  ['MIT AND GPL-3.0-only', ['GPL-3.0-only'], 'GPL-3.0-only'],
  ['GPL-2.0-only WITH Classpath-exception-2.0', ['GPL-2.0-only'], 'GPL-2.0-only'],
  ['(MIT AND (BSD-3-Clause OR GPL-3.0-only))', ['GPL-3.0-only'], undefined]
])('%s with deny-licenses %j is denied for %s', (expression, denied, hit) => {
  expect(deniedLicense(expression, denied)).toBe(hit)
})
