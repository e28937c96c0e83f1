import { beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { mapInputSource, InputReader } from '@ci-suite/core'
import { definition } from '@ci-suite/sbom'
import { testContext } from '../helpers/action-context.js'
import { npmProject } from './helpers/npm-project.js'
import { cycloneDxErrors } from './helpers/schemas.js'
import { spdx23Problems } from './helpers/spdx.js'

let project: string

beforeAll(() => {
  project = npmProject({
    'package.json': {
      name: '@demo/shop',
      version: '2.4.0',
      private: true,
      workspaces: ['packages/*'],
      dependencies: {
        chalk: '4.1.2',
        debug: '4.3.4',
        '@isaacs/string-locale-compare': '1.1.0',
        lp: 'npm:left-pad@1.3.0',
        'is-odd': 'https://registry.npmjs.org/is-odd/-/is-odd-3.0.1.tgz'
      },
      devDependencies: { 'is-number': '7.0.0' }
    },
    'packages/cart/package.json': { name: 'cart', version: '0.1.0', license: 'ISC', dependencies: { ms: '2.1.3' } }
  })
})

async function generate(inputs: Record<string, string>) {
  const context = testContext('sbom', { workingDirectory: project, repoRoot: project })
  const result = await definition.run(definition.readInputs(new InputReader(mapInputSource(inputs))), context)
  const path = result.outputs?.sbom as string
  return { result, path, document: JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> }
}

describe('every format on an npm-produced lockfile', () => {
  test.each([
    ['cyclonedx-json', '1.6'],
    ['cyclonedx-json@1.6', '1.6'],
    ['cyclonedx-json@1.5', '1.5']
  ] as const)('%s is valid against the CycloneDX %s JSON schema', async (format, version) => {
    const { document, result } = await generate({ format, 'include-dev': 'true' })
    expect(document.specVersion).toBe(version)
    expect(cycloneDxErrors(document, version)).toEqual([])
    expect(result.metrics.components).toBe((document.components as unknown[]).length)
  })

  test('spdx-json has every field SPDX 2.3 requires', async () => {
    const { document, path } = await generate({ format: 'spdx-json', 'include-dev': 'true' })
    expect(path).toBe(join(project, 'sbom.spdx.json'))
    expect(spdx23Problems(document)).toEqual([])
    expect((document.packages as unknown[]).length).toBeGreaterThan(10)
  })

  test('the schema check rejects a BOM whose hash is base64 as npm writes it, not hex', async () => {
    const { document } = await generate({ format: 'cyclonedx-json' })
    const components = document.components as Array<{ hashes?: Array<{ content: string }> }>
    const hashed = components.find(c => c.hashes?.length) as { hashes: Array<{ content: string }> }
    hashed.hashes[0]!.content = Buffer.from(hashed.hashes[0]!.content, 'hex').toString('base64')
    expect(cycloneDxErrors(document, '1.6').length).toBeGreaterThan(0)
  })

  test('the SPDX check rejects a document without its data license', async () => {
    const { document } = await generate({ format: 'spdx-json' })
    delete document.dataLicense
    expect(spdx23Problems(document)).toEqual(['dataLicense must be CC0-1.0'])
  })

  test.each(['cyclonedx-json', 'spdx-json'])(
    'two %s runs differ only in the serial number and the timestamp',
    async format => {
      const first = await generate({ format, output: 'first.json' })
      const second = await generate({ format, output: 'second.json' })
      const volatile = format === 'spdx-json' ? /"(documentNamespace|created)": .*/g : /"(serialNumber|timestamp)": .*/g
      const a = readFileSync(first.path, 'utf8')
      const b = readFileSync(second.path, 'utf8')
      expect(a).not.toBe(b)
      expect(b.replace(volatile, '$1')).toBe(a.replace(volatile, '$1'))
    }
  )
})
