// The bench's view of sbom: the action's own run() on a folder (read the lockfiles, build, write the SBOM, summary),
// with a terminal context and no GitHub, as `npx ci-suite sbom` runs it. Prints the component count and its time.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { InputReader, MemoryLogger, SecretRegistry, mapInputSource, noCache, parseEventContext } from '@ci-suite/core'
import { definition } from '@ci-suite/sbom'

const [dir = '.', output = 'sbom.cdx.json', includeDev = 'false', format = 'cyclonedx-json'] = process.argv.slice(2)
const root = resolve(dir)
const started = performance.now()
const inputs = definition.readInputs(new InputReader(mapInputSource({ output, 'include-dev': includeDev, format })))
const result = await definition.run(inputs, {
  action: 'sbom',
  common: { workingDirectory: '.', failOn: 'error' },
  event: parseEventContext({}, {}),
  env: {},
  workspace: root,
  workingDirectory: root,
  repoRoot: root,
  tempDir: mkdtempSync(join(tmpdir(), 'ci-suite-sbom-bench-')),
  logger: new MemoryLogger(),
  secrets: new SecretRegistry(),
  cache: noCache,
  mode: 'terminal'
})
console.log(
  JSON.stringify({
    ms: Math.round(performance.now() - started),
    components: result.metrics.components,
    sbom: result.outputs?.sbom
  })
)
