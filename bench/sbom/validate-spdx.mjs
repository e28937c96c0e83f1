#!/usr/bin/env node
// Checks by hand what the tests check by assertion: the SPDX 2.3 document sbom writes for this repository's own
// lockfile (with dev dependencies) against the official SPDX 2.3 JSON schema (draft 2019-09), which is not part of
// this repository. Run bench/sbom/run.mjs first (it builds the entry and the lockfile snapshot).
// Usage: node bench/sbom/validate-spdx.mjs [path/to/spdx-2.3.schema.json]
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'

const schemaPath = resolve(process.argv[2] ?? '../shared/schemas/spdx-2.3.schema.json')
const work = resolve('bench/.work/sbom')
const project = join(work, 'project')
execFileSync(process.execPath, [join(work, 'entry', 'index.js'), project, 'ours.spdx.json', 'true', 'spdx-json'], {
  stdio: 'inherit'
})

const require = createRequire(import.meta.url)
const Ajv2019 = require('ajv/dist/2019').default
const addFormats = require('ajv-formats')
const ajv = new Ajv2019({ strict: false, allErrors: true })
addFormats(ajv)
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')))
const document = JSON.parse(readFileSync(join(project, 'ours.spdx.json'), 'utf8'))
const valid = validate(document)
console.log(
  `${document.packages.length} packages, ${document.relationships.length} relationships: ${valid ? 'valid' : 'INVALID'} against ${schemaPath}`
)
if (!valid) {
  for (const error of validate.errors.slice(0, 20)) console.log(`  ${error.instancePath} ${error.message}`)
  process.exit(1)
}
