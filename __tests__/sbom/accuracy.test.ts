import { beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { InputReader, mapInputSource } from '@ci-suite/core'
import { definition } from '@ci-suite/sbom'
import { testContext } from '../helpers/action-context.js'
import { cyclonedxNpm, purlEdges, purlSet, type CycloneDxBom } from './helpers/cyclonedx-npm.js'
import { npmProject } from './helpers/npm-project.js'

const PROJECTS: Record<string, Record<string, unknown>> = {
  // a web service: a framework with a deep tree, scoped and aliased packages, a tarball URL, a package at two
  // versions (debug 2 under express, debug 4 at the top), development tools left out
  'a web service': {
    'package.json': {
      name: 'orders-api',
      version: '3.1.0',
      private: true,
      dependencies: {
        express: '4.19.2',
        debug: '4.3.4',
        chalk: '4.1.2',
        '@isaacs/string-locale-compare': '1.1.0',
        lp: 'npm:left-pad@1.3.0',
        'is-odd': 'https://registry.npmjs.org/is-odd/-/is-odd-3.0.1.tgz'
      },
      devDependencies: { 'is-number': '7.0.0', semver: '7.6.0' }
    }
  },
  // a monorepo: workspace members (one depending on another), a file: folder dependency, member dev dependencies
  'a workspaces monorepo': {
    'package.json': {
      name: '@acme/monorepo',
      version: '1.0.0',
      private: true,
      workspaces: ['packages/*'],
      dependencies: { 'local-utils': 'file:./vendor/local-utils', debug: '4.3.4' },
      // declared for development at the top, needed at run time by a member
      devDependencies: { 'left-pad': '1.3.0' }
    },
    'packages/api/package.json': {
      name: '@acme/api',
      version: '0.3.0',
      dependencies: { '@acme/shared': '0.1.0', ms: '2.1.3' },
      devDependencies: { 'is-number': '7.0.0' }
    },
    'packages/shared/package.json': { name: '@acme/shared', version: '0.1.0', dependencies: { 'left-pad': '1.3.0' } },
    'vendor/local-utils/package.json': { name: 'local-utils', version: '0.0.1', dependencies: { 'is-odd': '3.0.1' } }
  }
}

const CASES: Array<[string, string, boolean]> = Object.keys(PROJECTS).flatMap(name => [
  [name, 'runtime scope', false] as [string, string, boolean],
  [name, 'with dev dependencies', true] as [string, string, boolean]
])

describe.each(CASES)(
  'agreement with @cyclonedx/cyclonedx-npm on %s (same lockfile, %s)',
  (name, _scope, includeDev) => {
    let reference: CycloneDxBom
    let ours: CycloneDxBom

    beforeAll(async () => {
      const dir = npmProject(PROJECTS[name] as Record<string, unknown>)
      reference = cyclonedxNpm(dir, { includeDev })
      const context = testContext('sbom', { workingDirectory: dir, repoRoot: dir })
      const inputs = { 'include-dev': String(includeDev) }
      const result = await definition.run(definition.readInputs(new InputReader(mapInputSource(inputs))), context)
      ours = JSON.parse(readFileSync(result.outputs?.sbom as string, 'utf8')) as CycloneDxBom
    })

    test('the set of purls is the same', () => {
      expect(purlSet(reference).length).toBeGreaterThan(name === 'a web service' ? 60 : 6)
      expect(purlSet(ours)).toEqual(purlSet(reference))
    })

    test('the dependency graph has the same edges', () => {
      expect(purlEdges(ours)).toEqual(purlEdges(reference))
    })
  }
)
