/**
 * The required fields and value rules of SPDX 2.3 (spec chapters 6, 7 and 11, and the JSON schema's required lists),
 * checked by hand: the official schema is not part of this repository. Returns the problems, empty when none.
 */
const RELATIONSHIP_TYPES = new Set([
  'DESCRIBES',
  'DESCRIBED_BY',
  'CONTAINS',
  'CONTAINED_BY',
  'DEPENDS_ON',
  'DEPENDENCY_OF',
  'DEPENDENCY_MANIFEST_OF',
  'BUILD_DEPENDENCY_OF',
  'DEV_DEPENDENCY_OF',
  'OPTIONAL_DEPENDENCY_OF',
  'PROVIDED_DEPENDENCY_OF',
  'TEST_DEPENDENCY_OF',
  'RUNTIME_DEPENDENCY_OF',
  'EXAMPLE_OF',
  'GENERATES',
  'GENERATED_FROM',
  'ANCESTOR_OF',
  'DESCENDANT_OF',
  'VARIANT_OF',
  'DISTRIBUTION_ARTIFACT',
  'PATCH_FOR',
  'PATCH_APPLIED',
  'COPY_OF',
  'FILE_ADDED',
  'FILE_DELETED',
  'FILE_MODIFIED',
  'EXPANDED_FROM_ARCHIVE',
  'DYNAMIC_LINK',
  'STATIC_LINK',
  'DATA_FILE_OF',
  'TEST_CASE_OF',
  'BUILD_TOOL_OF',
  'DEV_TOOL_OF',
  'TEST_OF',
  'TEST_TOOL_OF',
  'DOCUMENTATION_OF',
  'OPTIONAL_COMPONENT_OF',
  'METAFILE_OF',
  'PACKAGE_OF',
  'AMENDS',
  'PREREQUISITE_FOR',
  'HAS_PREREQUISITE',
  'REQUIREMENT_DESCRIPTION_FOR',
  'SPECIFICATION_FOR',
  'OTHER'
])
const CHECKSUM_LENGTHS: Record<string, number> = { SHA1: 40, SHA256: 64, SHA384: 96, SHA512: 128, MD5: 32 }
const REFERENCE_CATEGORIES = new Set([
  'SECURITY',
  'PACKAGE-MANAGER',
  'PACKAGE_MANAGER',
  'PERSISTENT-ID',
  'PERSISTENT_ID',
  'OTHER'
])
const PURPOSES = new Set([
  'APPLICATION',
  'FRAMEWORK',
  'LIBRARY',
  'CONTAINER',
  'OPERATING-SYSTEM',
  'DEVICE',
  'FIRMWARE',
  'SOURCE',
  'ARCHIVE',
  'FILE',
  'INSTALL',
  'OTHER'
])
const SPDX_ID = /^SPDXRef-[A-Za-z0-9.-]+$/

type Json = Record<string, unknown>

export function spdx23Problems(doc: Json): string[] {
  const problems: string[] = []
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(what)
  }
  need(doc.spdxVersion === 'SPDX-2.3', 'spdxVersion must be SPDX-2.3')
  need(doc.dataLicense === 'CC0-1.0', 'dataLicense must be CC0-1.0')
  need(doc.SPDXID === 'SPDXRef-DOCUMENT', 'SPDXID must be SPDXRef-DOCUMENT')
  need(typeof doc.name === 'string' && doc.name.length > 0, 'name is required')
  need(
    typeof doc.documentNamespace === 'string' && /^[a-z][a-z0-9+.-]*:\/\/[^#\s]+$/.test(doc.documentNamespace),
    'documentNamespace must be an absolute URI without #'
  )
  const creation = doc.creationInfo as Json | undefined
  need(
    typeof creation?.created === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(creation.created),
    'creationInfo.created must be YYYY-MM-DDThh:mm:ssZ'
  )
  const creators = creation?.creators
  need(
    Array.isArray(creators) &&
      creators.length > 0 &&
      creators.every(c => typeof c === 'string' && /^(Tool|Organization|Person): \S/.test(c)),
    'creationInfo.creators must be Tool:/Organization:/Person: lines'
  )
  const packages = (doc.packages ?? []) as Json[]
  need(Array.isArray(doc.packages), 'packages must be a list')
  const ids = new Set<string>(['SPDXRef-DOCUMENT'])
  const extracted = new Set(((doc.hasExtractedLicensingInfos ?? []) as Json[]).map(e => e.licenseId as string))
  for (const [i, pkg] of packages.entries()) {
    const at = `packages[${i}]`
    need(typeof pkg.SPDXID === 'string' && SPDX_ID.test(pkg.SPDXID), `${at}.SPDXID must match SPDXRef-[A-Za-z0-9.-]+`)
    need(!ids.has(pkg.SPDXID as string), `${at}.SPDXID ${String(pkg.SPDXID)} is not unique`)
    ids.add(pkg.SPDXID as string)
    need(typeof pkg.name === 'string' && pkg.name.length > 0, `${at}.name is required`)
    need(
      typeof pkg.downloadLocation === 'string' &&
        (pkg.downloadLocation === 'NOASSERTION' ||
          pkg.downloadLocation === 'NONE' ||
          /^[a-z][a-z0-9+.-]*:\/\/\S+$/.test(pkg.downloadLocation)),
      `${at}.downloadLocation must be a URL, NONE or NOASSERTION`
    )
    need(
      pkg.filesAnalyzed === false || pkg.packageVerificationCode !== undefined,
      `${at}: files analysed need a packageVerificationCode`
    )
    for (const field of ['licenseConcluded', 'licenseDeclared', 'copyrightText']) {
      if (pkg[field] !== undefined)
        need(
          typeof pkg[field] === 'string' && (pkg[field] as string).length > 0,
          `${at}.${field} must be a non-empty string`
        )
    }
    for (const ref of String(pkg.licenseDeclared ?? '').match(/LicenseRef-[\w.-]+/g) ?? [])
      need(extracted.has(ref), `${at}: ${ref} needs hasExtractedLicensingInfos`)
    for (const checksum of (pkg.checksums ?? []) as Json[]) {
      const length = CHECKSUM_LENGTHS[checksum.algorithm as string]
      need(
        length !== undefined &&
          typeof checksum.checksumValue === 'string' &&
          new RegExp(`^[0-9a-f]{${length}}$`).test(checksum.checksumValue),
        `${at}: checksum ${JSON.stringify(checksum)} is not lower-case hex of its algorithm`
      )
    }
    for (const ref of (pkg.externalRefs ?? []) as Json[]) {
      need(
        REFERENCE_CATEGORIES.has(ref.referenceCategory as string) &&
          typeof ref.referenceType === 'string' &&
          typeof ref.referenceLocator === 'string',
        `${at}: external ref ${JSON.stringify(ref)} is incomplete`
      )
      if (ref.referenceType === 'purl')
        need(
          /^pkg:[a-z.+-]+\/\S+$/.test(ref.referenceLocator as string),
          `${at}: ${String(ref.referenceLocator)} is not a purl`
        )
    }
    if (pkg.primaryPackagePurpose !== undefined)
      need(PURPOSES.has(pkg.primaryPackagePurpose as string), `${at}.primaryPackagePurpose is not one of the spec's`)
  }
  for (const id of (doc.documentDescribes ?? []) as string[])
    need(ids.has(id), `documentDescribes names ${id}, which is no element`)
  for (const [i, rel] of ((doc.relationships ?? []) as Json[]).entries()) {
    need(
      RELATIONSHIP_TYPES.has(rel.relationshipType as string),
      `relationships[${i}].relationshipType ${String(rel.relationshipType)} is not one of the spec's`
    )
    need(
      ids.has(rel.spdxElementId as string) && ids.has(rel.relatedSpdxElement as string),
      `relationships[${i}] names an element that does not exist`
    )
  }
  return problems
}
