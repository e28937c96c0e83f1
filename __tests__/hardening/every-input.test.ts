import { describe, expect, test } from '@jest/globals'
import { CiSuiteError, InputReader, mapInputSource, readCommonInputs } from '@ci-suite/core'
import { actionNames, loadAction, readActionMetadata } from '@ci-suite/suite'
import { REPO_ROOT } from '../harness/run-action.js'

const HOSTILE_VALUES = [
  '',
  '   ',
  '\n',
  'not-a-number',
  '-1',
  '1e309',
  '99999999',
  'maybe',
  'true,false',
  '::error::x',
  'a: b: c',
  '%0A'
]

describe.each(actionNames())('every input of %s given a hostile value', name => {
  test(`is accepted or refused with one clear line that names the input (${HOSTILE_VALUES.length} values each)`, async () => {
    const definition = await loadAction(name)
    const inputs = Object.keys((await readActionMetadata(REPO_ROOT, name)).inputs)
    let refused = 0
    for (const input of inputs) {
      for (const value of HOSTILE_VALUES) {
        const reader = new InputReader(mapInputSource({ [input]: value }))
        try {
          readCommonInputs(reader, definition.failOn)
          definition.readInputs(reader)
        } catch (error) {
          refused++
          expect(error).toBeInstanceOf(CiSuiteError)
          const message = (error as Error).message
          expect(message.split('\n')).toHaveLength(1)
          expect(message).toContain(input)
        }
      }
    }
    // empty and whitespace mean "not given", so only the others can be refused
    expect(refused).toBeLessThanOrEqual(inputs.length * (HOSTILE_VALUES.length - 3))
  })
})
