import { describe, expect, test } from '@jest/globals'
import { classifyLicense } from './classify.js'

describe('classifyLicense', () => {
  test.each([
    ['MIT', { kind: 'id', id: 'MIT' }],
    ['apache-2.0', { kind: 'id', id: 'Apache-2.0' }],
    [' BSD-3-Clause ', { kind: 'id', id: 'BSD-3-Clause' }],
    ['(MIT OR Apache-2.0)', { kind: 'expression', expression: '(MIT OR Apache-2.0)' }],
    ['mit or apache-2.0', { kind: 'expression', expression: 'MIT OR Apache-2.0' }],
    [
      'GPL-2.0-or-later WITH Classpath-exception-2.0',
      { kind: 'expression', expression: 'GPL-2.0-or-later WITH Classpath-exception-2.0' }
    ],
    ['(MIT AND (BSD-2-Clause OR ISC))', { kind: 'expression', expression: '(MIT AND (BSD-2-Clause OR ISC))' }],
    ['LicenseRef-Proprietary OR MIT', { kind: 'expression', expression: 'LicenseRef-Proprietary OR MIT' }],
    ['LGPL-2.1+ OR MIT', { kind: 'expression', expression: 'LGPL-2.1+ OR MIT' }],
    ['SEE LICENSE IN LICENSE.md', { kind: 'name', name: 'SEE LICENSE IN LICENSE.md' }],
    ['UNLICENSED', { kind: 'name', name: 'UNLICENSED' }],
    ['MIT OR', { kind: 'name', name: 'MIT OR' }],
    ['(MIT OR Apache-2.0', { kind: 'name', name: '(MIT OR Apache-2.0' }],
    ['Apache 2.0', { kind: 'name', name: 'Apache 2.0' }],
    ['MIT OR Made-Up-License', { kind: 'name', name: 'MIT OR Made-Up-License' }]
  ])('%j is sorted as %j', (text, expected) => {
    expect(classifyLicense(text)).toEqual(expected)
  })

  test.each([undefined, '', '   '])('%j is no license', text => {
    expect(classifyLicense(text)).toBeUndefined()
  })
})
