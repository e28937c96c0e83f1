import { describe, expect, test } from '@jest/globals'
import { ConfigurationError } from '@ci-suite/core'
import { parseFlags, runCli } from './cli.js'
import type { ActionMetadata } from './metadata.js'
import { planGates } from './pipeline.js'
import { mapInputSource } from '@ci-suite/core'

const meta: ActionMetadata = {
  name: 'x',
  description: 'x',
  inputs: { files: { description: '' }, 'min-coverage': { description: '' }, install: { description: '' } },
  outputs: {}
}

describe('command-line flags', () => {
  test('take --name value, --name=value and a bare flag as true', () => {
    const flags = parseFlags(['--files', 'a.xml', '--min-coverage=80', '--install'], meta, 'coverage-gate')
    expect(Object.fromEntries(flags)).toEqual({ files: 'a.xml', 'min-coverage': '80', install: 'true' })
  })

  test('a repeated flag adds a line, as a list input takes', () => {
    expect(parseFlags(['--files', 'a.xml', '--files', 'b.xml'], meta, 'c').get('files')).toBe('a.xml\nb.xml')
  })

  test('an unknown flag names the inputs there are', () => {
    expect(() => parseFlags(['--min-coverag', '80'], meta, 'coverage-gate')).toThrow(
      'coverage-gate has no input --min-coverag; its inputs are --files, --min-coverage, --install'
    )
  })

  test('a stray argument is an error', () => {
    expect(() => parseFlags(['coverage.xml'], meta, 'c')).toThrow(ConfigurationError)
  })
})

describe('the CLI', () => {
  const run = async (argv: string[]) => {
    let out = ''
    let err = ''
    const code = await runCli({ argv, env: {}, root: process.cwd(), out: t => (out += t), err: t => (err += t) })
    return { code, out, err }
  }

  test('--help lists the commands from the action.yml files and exits 0', async () => {
    const { code, out } = await run(['--help'])
    expect(code).toBe(0)
    expect(out).toContain('Usage: npx ci-suite <action>')
    expect(out).toMatch(/run\s+Runs several ci-suite gates in one step/)
  })

  test('no command prints the usage and exits 1', async () => {
    expect((await run([])).code).toBe(1)
  })

  test('an unknown action is an error', async () => {
    const { code, err } = await run(['no-such-gate'])
    expect(code).toBe(1)
    expect(err).toContain('there is no action named "no-such-gate"')
  })

  test('run --help lists the root action inputs with their defaults', async () => {
    const { out } = await run(['run', '--help'])
    expect(out).toContain('--gates')
    expect(out).toContain('--working-directory (default: .)')
  })
})

describe('planning the root action gates', () => {
  test('gates is required', async () => {
    await expect(planGates(mapInputSource({}), process.cwd())).rejects.toThrow(/gates is required/)
  })
  test('an unknown gate name is an error', async () => {
    await expect(planGates(mapInputSource({ gates: 'lint-gate2' }), process.cwd())).rejects.toThrow(
      /gates names "lint-gate2", which is not a gate/
    )
  })
})
