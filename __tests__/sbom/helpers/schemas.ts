import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'

/**
 * The CycloneDX JSON schemas that @cyclonedx/cyclonedx-library ships (res/schema), compiled with ajv the way the
 * library's own validator does: the SPDX license list, JSF and crypto schemas registered under the ids the BOM
 * schemas refer to, no remote loading.
 */
const require = createRequire(import.meta.url)
const addFormats = require('ajv-formats') as (ajv: Ajv) => Ajv
const addDraft2019Formats = require('ajv-formats-draft2019') as (ajv: Ajv, options: { formats: string[] }) => Ajv
const { fullFormats } = require('ajv-formats/dist/formats') as { fullFormats: Record<string, RegExp> }
const schemaDir = join(dirname(require.resolve('@cyclonedx/cyclonedx-library/package.json')), 'res', 'schema')

const readSchema = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as Record<string, unknown>

const validators = new Map<string, ValidateFunction>()

function validatorFor(specVersion: string): ValidateFunction {
  const cached = validators.get(specVersion)
  if (cached) return cached
  const ajv = new Ajv({
    strict: false,
    useDefaults: false,
    addUsedSchema: false,
    schemas: {
      'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json': readSchema('spdx.SNAPSHOT.schema.json'),
      'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json': readSchema('jsf-0.82.SNAPSHOT.schema.json'),
      'http://cyclonedx.org/schema/cryptography-defs.SNAPSHOT.schema.json': readSchema(
        'cryptography-defs.SNAPSHOT.schema.json'
      )
    },
    loadSchema: uri => {
      throw new Error(`remote schema ${uri}`)
    }
  })
  addFormats(ajv)
  addDraft2019Formats(ajv, { formats: ['idn-email'] })
  // ajv-formats-draft2019's iri-reference refuses a `+` in the scheme (git+ssh://), which RFC 3987 allows; the
  // library itself accepts any string. RFC 3986 uri-reference is stricter than both for ASCII URLs.
  ajv.addFormat('iri-reference', fullFormats['uri-reference'] as RegExp)
  const validate = ajv.compile(readSchema(`bom-${specVersion}.SNAPSHOT.schema.json`))
  validators.set(specVersion, validate)
  return validate
}

/** The schema errors of a CycloneDX document, as readable lines; empty when it is valid. */
export function cycloneDxErrors(document: unknown, specVersion: '1.5' | '1.6'): string[] {
  const validate = validatorFor(specVersion)
  if (validate(document)) return []
  return (validate.errors ?? []).map(
    (e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`
  )
}
