import { expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { SPDX_LICENSE_IDS } from './spdx-license-ids.js'

const require = createRequire(import.meta.url)
const readJson = (path: string): string[] => JSON.parse(readFileSync(require.resolve(path), 'utf8')) as string[]

test('the generated SPDX id list is the one spdx-license-ids ships (run scripts/generate-spdx-ids.mjs when not)', () => {
  const expected = [
    ...new Set([...readJson('spdx-license-ids/index.json'), ...readJson('spdx-license-ids/deprecated.json')])
  ].sort()
  expect(SPDX_LICENSE_IDS).toEqual(expected)
})

test('every id is one the CycloneDX schemas accept as license.id', () => {
  const schema = JSON.parse(
    readFileSync(
      new URL(
        '../../../../node_modules/@cyclonedx/cyclonedx-library/res/schema/spdx.SNAPSHOT.schema.json',
        import.meta.url
      ),
      'utf8'
    )
  ) as { enum: string[] }
  const accepted = new Set(schema.enum)
  expect(SPDX_LICENSE_IDS.filter(id => !accepted.has(id))).toEqual([])
})
