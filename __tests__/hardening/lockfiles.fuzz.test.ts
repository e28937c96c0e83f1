import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { parseLockfile } from '@ci-suite/lockfiles'
import { npmLockedProject } from '../../packages/lockfiles/src/test-support/npm-project.js'
import { REPO_ROOT } from '../harness/run-action.js'
import { RUNS, boundedParse, mutatedFrom, mutatedJsonOrTextFrom } from './mutate.js'

const FIXTURES = join(REPO_ROOT, '__tests__', 'fixtures', 'lockfiles')

/** The lockfile of each fixture folder (the other files in the folder are its manifests). */
const LOCKFILES: Record<string, string> = {
  bun: 'bun.lock',
  cargo: 'Cargo.lock',
  composer: 'composer.lock',
  gemfile: 'Gemfile.lock',
  gomod: 'go.mod',
  'gomod (go.sum)': 'go.sum',
  nuget: 'packages.lock.json',
  pdm: 'pdm.lock',
  pipfile: 'Pipfile.lock',
  pnpm: 'pnpm-lock.yaml',
  'pnpm-v5': 'pnpm-lock.yaml',
  'pnpm-v6': 'pnpm-lock.yaml',
  poetry: 'poetry.lock',
  requirements: 'requirements.txt',
  uv: 'uv.lock',
  'yarn-berry': 'yarn.lock',
  'yarn-classic': 'yarn.lock'
}

interface Sample {
  file: string
  text: string
  /** the manifests beside it, themselves mutated too in half the runs */
  beside: Record<string, string>
}

function fixture(label: string): Sample {
  const folder = join(FIXTURES, label.replace(/ \(.*\)$/, ''))
  const file = LOCKFILES[label]
  const beside: Record<string, string> = {}
  for (const name of readdirSync(folder)) if (name !== file) beside[name] = readFileSync(join(folder, name), 'utf8')
  return { file, text: readFileSync(join(folder, file), 'utf8'), beside }
}

const npmSamples: Sample[] = []

beforeAll(() => {
  // lockfiles npm itself writes (v1, v2, v3, with an alias, a scoped package, dev dependencies and a workspace)
  const manifest = {
    name: 'demo-app',
    version: '1.0.0',
    dependencies: { debug: '4.3.4', '@sindresorhus/is': '4.6.0', strip: 'npm:ms@2.0.0' },
    devDependencies: { semver: '7.5.4' }
  }
  for (const lockfileVersion of [1, 2, 3] as const) {
    const dir = npmLockedProject(manifest, { lockfileVersion })
    npmSamples.push({
      file: 'package-lock.json',
      text: readFileSync(join(dir, 'package-lock.json'), 'utf8'),
      beside: { 'package.json': readFileSync(join(dir, 'package.json'), 'utf8') }
    })
  }
  const mono = npmLockedProject(
    { name: 'mono', version: '1.0.0', private: true, workspaces: ['packages/*'] },
    { workspaces: { 'packages/web': { name: '@mono/web', version: '1.0.0', dependencies: { ms: '2.1.3' } } } }
  )
  npmSamples.push({
    file: 'npm-shrinkwrap.json',
    text: readFileSync(join(mono, 'package-lock.json'), 'utf8'),
    beside: { 'package.json': readFileSync(join(mono, 'package.json'), 'utf8') }
  })
  const demo = join(REPO_ROOT, 'examples', 'demo-repo', 'web')
  if (existsSync(join(demo, 'package-lock.json')))
    npmSamples.push({
      file: 'package-lock.json',
      text: readFileSync(join(demo, 'package-lock.json'), 'utf8'),
      beside: {}
    })
}, 120_000)

const isJson = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** JSON files get structural mutations too (a value of the wrong type, a deleted key) */
const mutated = (texts: string[]) => (texts.every(isJson) ? mutatedJsonOrTextFrom(texts) : mutatedFrom(texts))

function fuzz(samples: Sample[]) {
  const arbitrary = fc.constantFrom(...samples).chain(sample => {
    const besideNames = Object.keys(sample.beside)
    return fc.record({
      sample: fc.constant(sample),
      text: mutated([sample.text]),
      manifest: besideNames.length
        ? fc.option(mutated(besideNames.map(n => sample.beside[n] as string)), { nil: undefined })
        : fc.constant(undefined)
    })
  })
  fc.assert(
    fc.property(arbitrary, ({ sample, text, manifest }) => {
      const readRelative = (path: string) =>
        manifest !== undefined && path in sample.beside ? manifest : sample.beside[path]
      boundedParse(input => parseLockfile(sample.file, input, { readRelative }))(text)
    }),
    { numRuns: RUNS }
  )
}

describe('hostile lockfiles', () => {
  test.each(Object.keys(LOCKFILES))(
    `the %s parser survives ${RUNS} mutated lockfiles and manifests with only typed errors, bounded time and size`,
    label => {
      const sample = fixture(label)
      fuzz([sample])
    },
    120_000
  )

  test(`the package-lock.json parser survives ${RUNS} mutations of lockfiles npm wrote (v1, v2, v3, workspaces)`, () => {
    expect(npmSamples.length).toBeGreaterThanOrEqual(4)
    fuzz(npmSamples)
  }, 120_000)
})
