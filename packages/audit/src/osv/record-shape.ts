/**
 * What the audit reads from an OSV answer, checked before it is read: a record or a batch result whose fields have
 * the wrong types (a proxy's error page in JSON, a truncated or altered answer) is refused as a whole rather than
 * read half-way. The OSV schema: https://ossf.github.io/osv-schema/
 */
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const optional = (v: unknown, check: (x: unknown) => boolean) => v === undefined || v === null || check(v)
const isString = (v: unknown) => typeof v === 'string'
const arrayOf = (check: (x: unknown) => boolean) => (v: unknown) => Array.isArray(v) && v.every(check)

const isSeverity = (v: unknown) => isObject(v) && isString(v.type) && isString(v.score)
const isEvent = (v: unknown) =>
  isObject(v) && ['introduced', 'fixed', 'last_affected', 'limit'].every(k => optional(v[k], isString))
const isRange = (v: unknown) => isObject(v) && optional(v.type, isString) && arrayOf(isEvent)(v.events)
const isAffected = (v: unknown) =>
  isObject(v) &&
  optional(v.package, p => isObject(p) && isString(p.name) && isString(p.ecosystem) && optional(p.purl, isString)) &&
  optional(v.ranges, arrayOf(isRange)) &&
  optional(v.versions, arrayOf(isString)) &&
  optional(v.severity, arrayOf(isSeverity)) &&
  optional(v.ecosystem_specific, isObject) &&
  optional(v.database_specific, isObject)

/** True when every field the audit reads has the type the OSV schema gives it. */
export function isOsvRecord(v: unknown): boolean {
  return (
    isObject(v) &&
    isString(v.id) &&
    ['summary', 'details', 'modified', 'published', 'withdrawn'].every(k => optional(v[k], isString)) &&
    optional(v.aliases, arrayOf(isString)) &&
    optional(v.affected, arrayOf(isAffected)) &&
    optional(v.severity, arrayOf(isSeverity)) &&
    optional(v.database_specific, isObject)
  )
}

/** One result of `POST /v1/querybatch`: `{}` or `{ vulns: [{ id, modified }], next_page_token }`. */
export function isBatchResult(v: unknown): boolean {
  return (
    isObject(v) &&
    optional(
      v.vulns,
      arrayOf(x => isObject(x) && isString(x.id) && optional(x.modified, isString))
    ) &&
    optional(v.next_page_token, isString)
  )
}
